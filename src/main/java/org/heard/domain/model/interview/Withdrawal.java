package org.heard.domain.model.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.OrganisationOwned;

/**
 * A family's withdrawal of their feedback: who asked, how, on which day, who
 * recorded it and when. Holds no personal data, so it stays with the tombstone.
 */
@Entity
@Table(name = "withdrawal")
public class Withdrawal implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private Long interviewId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", length = 32, nullable = false, updatable = false)
    private WithdrawalRequester requestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 32, nullable = false, updatable = false)
    private WithdrawalMethod method;

    @Column(name = "requested_on", nullable = false, updatable = false)
    private LocalDate requestedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Withdrawal() {}

    /**
     * @param today the organisation's current date: a request cannot be dated in the future,
     *     nor before the interview started
     */
    public Withdrawal(
            Interview interview,
            WithdrawalRequester requestedBy,
            WithdrawalMethod method,
            LocalDate requestedOn,
            LocalDate interviewDay,
            LocalDate today,
            long recordedBy,
            Instant recordedAt) {
        if (requestedBy == null) {
            throw new InterviewRuleException("withdrawal.error.requester-required", "requestedBy");
        }
        if (method == null) {
            throw new InterviewRuleException("withdrawal.error.method-required", "method");
        }
        if (requestedOn == null) {
            throw new InterviewRuleException("withdrawal.error.date-required", "requestedOn");
        }
        if (requestedOn.isAfter(today)) {
            throw new InterviewRuleException("withdrawal.error.date-future", "requestedOn");
        }
        if (requestedOn.isBefore(interviewDay)) {
            throw new InterviewRuleException("withdrawal.error.date-before-interview", "requestedOn");
        }
        this.interviewId = Objects.requireNonNull(interview.getId());
        this.organisationId = interview.getOrganisationId();
        this.requestedBy = requestedBy;
        this.method = method;
        this.requestedOn = requestedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    public Long getId() {
        return id;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public WithdrawalRequester getRequestedBy() {
        return requestedBy;
    }

    public WithdrawalMethod getMethod() {
        return method;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
