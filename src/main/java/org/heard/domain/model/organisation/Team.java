package org.heard.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.heard.domain.shared.Checks;
import org.heard.domain.shared.OrganisationOwned;

/** A social work team of one organisation (e.g. "Child Protection East"). */
@Entity
@Table(name = "team")
public class Team implements OrganisationOwned {

    /** Longest team name. */
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "name", length = NAME_MAX, nullable = false)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Team() {}

    public Team(Organisation organisation, String name, Instant createdAt) {
        this.organisationId = Objects.requireNonNull(organisation.getId(), "organisation must be persisted");
        this.name = Checks.requireText(name, NAME_MAX, "Team name");
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
