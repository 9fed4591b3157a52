package org.heard.domain.model.script;

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
 * The next version of a script, or a new script, while an organisation's
 * administrators write it: kept as a script document, one draft per script code
 * and organisation, then published (which removes the draft) or discarded.
 */
@Entity
@Table(name = "script_draft")
public class ScriptDraft implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "code", length = 64, nullable = false, updatable = false)
    private String code;

    /** The draft as a script document (JSON, without a version number). */
    @Column(name = "document", nullable = false)
    private String document;

    @Column(name = "based_on_id", updatable = false)
    private Long basedOnId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ScriptDraft() {}

    public ScriptDraft(long organisationId, String code, String document, Long basedOnId, long createdBy, Instant at) {
        this.organisationId = organisationId;
        this.code = Objects.requireNonNull(code);
        this.document = Objects.requireNonNull(document);
        this.basedOnId = basedOnId;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(at);
        this.updatedAt = at;
    }

    public void edit(String newDocument, Instant at) {
        this.document = Objects.requireNonNull(newDocument);
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public String getCode() {
        return code;
    }

    public String getDocument() {
        return document;
    }

    public Long getBasedOnId() {
        return basedOnId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
