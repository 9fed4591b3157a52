package org.heard.domain.model.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One support option as it went in an interview: whether it was offered and
 * whether the family asked for follow-up. Holds no identity: for an anonymous
 * family, this is all that is known.
 */
@Entity
@Table(name = "interview_support")
public class InterviewSupport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private Long interviewId;

    @Column(name = "option_id", nullable = false, updatable = false)
    private Long optionId;

    @Column(name = "offered", nullable = false)
    private boolean offered;

    @Column(name = "follow_up_requested", nullable = false)
    private boolean followUpRequested;

    protected InterviewSupport() {}

    public InterviewSupport(long interviewId, long optionId) {
        this.interviewId = interviewId;
        this.optionId = optionId;
    }

    public void record(boolean offered, boolean followUpRequested) {
        this.offered = offered || followUpRequested;
        this.followUpRequested = followUpRequested;
    }

    public Long getId() {
        return id;
    }

    public Long getOptionId() {
        return optionId;
    }

    public boolean isOffered() {
        return offered;
    }

    public boolean isFollowUpRequested() {
        return followUpRequested;
    }
}
