package org.heard.domain.model.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.heard.domain.shared.OrganisationOwned;

/**
 * A theme of an organisation's codebook: a name unique in the organisation, a
 * description of what it covers, and optionally a parent theme. Optimistically locked,
 * so that two analysts editing the same theme never overwrite each other.
 */
@Entity
@Table(name = "qa_theme")
public class Theme implements OrganisationOwned {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "name", length = NAME_MAX, nullable = false)
    private String name;

    @Column(name = "description", length = DESCRIPTION_MAX, nullable = false)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Theme() {}

    public Theme(long organisationId, String name, String description, Long parentId, Instant at) {
        this.organisationId = organisationId;
        this.createdAt = Objects.requireNonNull(at);
        change(name, description, parentId);
    }

    /**
     * Changes the theme's words and parent. The service checks uniqueness and cycles,
     * which need the whole codebook.
     */
    public final void change(String newName, String newDescription, Long newParentId) {
        this.name = requireText(newName, NAME_MAX, "name");
        this.description = requireText(newDescription, DESCRIPTION_MAX, "description");
        if (newParentId != null && newParentId.equals(id)) {
            throw new ThemingException("qa.themes.error.parent-cycle");
        }
        this.parentId = newParentId;
    }

    /** Moves the theme under another parent, or to the top (null), when its parent is deleted. */
    public void moveUnder(Long newParentId) {
        this.parentId = newParentId;
    }

    private static String requireText(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new ThemingException("qa.themes.error." + field + "-required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new ThemingException("qa.themes.error." + field + "-too-long");
        }
        return trimmed;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
