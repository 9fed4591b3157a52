package org.heard.domain.model.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry of the append-only log of changes to a submitted interview: the old
 * and new value, who changed it, when and why. Never updated or deleted.
 */
@Entity
@Table(name = "interview_change")
public class InterviewChange {

    /** Longest reason. */
    public static final int REASON_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private Long interviewId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private Long changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "field", length = 100, nullable = false, updatable = false)
    private String field;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    protected InterviewChange() {}

    public InterviewChange(
            Interview interview,
            long changedBy,
            Instant changedAt,
            String field,
            String oldValue,
            String newValue,
            String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InterviewRuleException("correction.error.reason-required");
        }
        if (reason.length() > REASON_MAX) {
            throw new InterviewRuleException("correction.error.reason-too-long");
        }
        this.interviewId = interview.getId();
        this.organisationId = interview.getOrganisationId();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason.strip();
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
