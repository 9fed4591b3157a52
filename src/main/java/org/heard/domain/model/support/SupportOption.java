package org.heard.domain.model.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One support option: an organisation's own, or one of the shared defaults (no organisation). */
@Entity
@Table(name = "support_option")
public class SupportOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "description", length = 1000, nullable = false)
    private String description;

    @Column(name = "contact", length = 500, nullable = false)
    private String contact;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected SupportOption() {}

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getContact() {
        return contact;
    }

    public boolean isActive() {
        return active;
    }
}
