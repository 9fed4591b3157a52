package org.heard.application.supervision;

import java.io.Serializable;
import java.time.Instant;
import org.heard.domain.model.interview.ConsentOutcome;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.organisation.InterviewerKind;

/**
 * One line of the consent register: an interview and where its consent stands.
 * Holds no family's name. A class with getters so that pages can read it.
 */
public final class ConsentRegisterRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long interviewId;
    private final String reference;
    private final Instant startedAt;
    private final Instant consentRecordedAt;
    private final long interviewerId;
    private final String interviewerName;
    private final InterviewerKind interviewerKind;
    private final InterviewMode mode;
    private final Long statementId;
    private final ParticipationChoice choice;
    private final RegisterOutcome outcome;
    private final InterviewStatus status;
    private final Long teamId;
    private Integer statementVersion;
    private String teamName;

    /** Used by the register's query (JPQL constructor expression). */
    public ConsentRegisterRow(
            Long interviewId,
            String reference,
            Instant startedAt,
            Instant consentRecordedAt,
            Long interviewerId,
            String interviewerName,
            InterviewerKind interviewerKind,
            InterviewMode mode,
            Long statementId,
            ParticipationChoice choice,
            ConsentOutcome outcome,
            InterviewStatus status,
            Long teamId) {
        this.interviewId = interviewId;
        this.reference = reference;
        this.startedAt = startedAt;
        this.consentRecordedAt = consentRecordedAt;
        this.interviewerId = interviewerId;
        this.interviewerName = interviewerName;
        this.interviewerKind = interviewerKind;
        this.mode = mode;
        this.statementId = statementId;
        this.choice = choice;
        this.outcome = outcome == null ? RegisterOutcome.PENDING : RegisterOutcome.valueOf(outcome.name());
        this.status = status;
        this.teamId = teamId;
    }

    void describe(Integer statementVersion, String teamName) {
        this.statementVersion = statementVersion;
        this.teamName = teamName;
    }

    public long getInterviewId() {
        return interviewId;
    }

    public String getReference() {
        return reference;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** When the latest consent record was made; null while pending. */
    public Instant getConsentRecordedAt() {
        return consentRecordedAt;
    }

    public long getInterviewerId() {
        return interviewerId;
    }

    public String getInterviewerName() {
        return interviewerName;
    }

    public InterviewerKind getInterviewerKind() {
        return interviewerKind;
    }

    public InterviewMode getMode() {
        return mode;
    }

    public Long getStatementId() {
        return statementId;
    }

    public Integer getStatementVersion() {
        return statementVersion;
    }

    public ParticipationChoice getChoice() {
        return choice;
    }

    public RegisterOutcome getOutcome() {
        return outcome;
    }

    public InterviewStatus getStatus() {
        return status;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getTeamName() {
        return teamName;
    }
}
