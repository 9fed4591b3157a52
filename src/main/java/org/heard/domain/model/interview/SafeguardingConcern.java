package org.heard.domain.model.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.OrganisationOwned;

/**
 * A concern that a child may be at risk, raised by an interviewer at any step.
 * Every supervisor of the organisation sees it until acknowledged. Never part of
 * quality-assurance views or exports.
 */
@Entity
@Table(name = "safeguarding_concern")
public class SafeguardingConcern implements OrganisationOwned {

    /** Longest description. */
    public static final int DESCRIPTION_MAX = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "interview_id", updatable = false)
    private Long interviewId;

    @Column(name = "raised_by", nullable = false, updatable = false)
    private Long raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "description", length = DESCRIPTION_MAX, nullable = false, updatable = false)
    private String description;

    @Column(name = "acknowledged_by")
    private Long acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "action_taken", length = DESCRIPTION_MAX)
    private String actionTaken;

    protected SafeguardingConcern() {}

    public SafeguardingConcern(Interview interview, long raisedBy, String description, Instant raisedAt) {
        if (description == null || description.isBlank()) {
            throw new InterviewRuleException("safeguarding.error.description-required");
        }
        if (description.length() > DESCRIPTION_MAX) {
            throw new InterviewRuleException("safeguarding.error.description-too-long");
        }
        this.organisationId = interview.getOrganisationId();
        this.interviewId = interview.getId();
        this.raisedBy = raisedBy;
        this.description = description;
        this.raisedAt = Objects.requireNonNull(raisedAt);
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public Long getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getDescription() {
        return description;
    }

    /**
     * A supervisor acknowledges the concern and records the action taken. Returns
     * false, changing nothing, when it was already acknowledged.
     */
    public boolean acknowledge(long by, String action, Instant at) {
        if (action == null || action.isBlank()) {
            throw new InterviewRuleException("safeguarding.error.action-required");
        }
        if (action.length() > DESCRIPTION_MAX) {
            throw new InterviewRuleException("safeguarding.error.action-too-long");
        }
        if (isAcknowledged()) {
            return false;
        }
        this.acknowledgedBy = by;
        this.actionTaken = action.strip();
        this.acknowledgedAt = Objects.requireNonNull(at);
        return true;
    }

    public Long getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
