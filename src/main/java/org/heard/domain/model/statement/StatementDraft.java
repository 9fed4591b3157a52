package org.heard.domain.model.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.OrganisationOwned;

/**
 * The next version of an organisation's statement while it is written: one
 * draft per organisation, started as a copy of the statement in force, edited,
 * then published (which removes the draft) or discarded.
 */
@Entity
@Table(name = "statement_draft")
public class StatementDraft implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "text", nullable = false)
    private String text;

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

    protected StatementDraft() {}

    public StatementDraft(long organisationId, ConfidentialityStatement basedOn, long createdBy, Instant at) {
        this.organisationId = organisationId;
        this.basedOnId = basedOn == null ? null : basedOn.getId();
        this.text = basedOn == null ? "" : basedOn.getText();
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(at);
        this.updatedAt = at;
    }

    /** Replaces the draft's text; a text too long is refused whole. */
    public void edit(String newText, Instant at) {
        if (newText != null && newText.length() > ConfidentialityStatement.TEXT_MAX) {
            throw new InterviewRuleException("statement.admin.error.too-long");
        }
        this.text = newText == null ? "" : newText;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public String getText() {
        return text;
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
