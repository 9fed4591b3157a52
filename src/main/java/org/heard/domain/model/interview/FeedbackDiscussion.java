package org.heard.domain.model.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.OrganisationOwned;

/** A named interview's feedback, marked as discussed with the social worker in supervision. */
@Entity
@Table(name = "feedback_discussion")
public class FeedbackDiscussion implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private Long interviewId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "discussed_on", nullable = false, updatable = false)
    private LocalDate discussedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected FeedbackDiscussion() {}

    public FeedbackDiscussion(
            Interview interview, LocalDate discussedOn, LocalDate today, long recordedBy, Instant recordedAt) {
        if (!interview.isNamedFeedback()) {
            throw new InterviewRuleException("feedback.error.not-named");
        }
        if (discussedOn == null) {
            throw new InterviewRuleException("feedback.error.date-required");
        }
        if (discussedOn.isAfter(today)) {
            throw new InterviewRuleException("feedback.error.date-future");
        }
        this.interviewId = Objects.requireNonNull(interview.getId());
        this.organisationId = interview.getOrganisationId();
        this.discussedOn = discussedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getDiscussedOn() {
        return discussedOn;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
