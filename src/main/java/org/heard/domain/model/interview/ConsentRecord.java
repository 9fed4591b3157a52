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
import java.util.Objects;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.OrganisationOwned;

/**
 * What the family was told and what they chose, recorded to the ICO's standard:
 * who recorded it, when (server time, UTC), how, the exact statement version
 * and the SHA-256 of its text, the choice, and agreement or refusal. Never
 * updated: a change is a new record that points to the one it replaces.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private Long interviewId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private Long statementId;

    @Column(name = "statement_sha256", length = 64, nullable = false, updatable = false)
    private String statementSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 32, nullable = false, updatable = false)
    private ConsentMethod method;

    @Column(name = "statement_read", nullable = false, updatable = false)
    private boolean statementRead;

    @Enumerated(EnumType.STRING)
    @Column(name = "choice", length = 24, updatable = false)
    private ParticipationChoice choice;

    @Column(name = "agreed", nullable = false, updatable = false)
    private boolean agreed;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    protected ConsentRecord() {}

    private ConsentRecord(
            Interview interview,
            ConfidentialityStatement statement,
            boolean agreed,
            ParticipationChoice choice,
            long recordedBy,
            Instant recordedAt,
            ConsentRecord replaces) {
        this.interviewId = Objects.requireNonNull(interview.getId(), "interview must be persisted");
        this.organisationId = interview.getOrganisationId();
        this.statementId = Objects.requireNonNull(statement.getId(), "statement must be persisted");
        this.statementSha256 = statement.getSha256();
        this.method = ConsentMethod.of(interview.getMode());
        this.statementRead = true;
        this.agreed = agreed;
        this.choice = agreed ? Objects.requireNonNull(choice, "choice") : null;
        this.recordedBy = recordedBy;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.replacesId = replaces == null ? null : replaces.getId();
    }

    /**
     * Records the family's answer to the statement and applies it to the interview.
     * The statement must have been read out ({@code statementRead}); a choice is
     * required when the family agrees, and none is kept when they decline.
     *
     * @param replaces the family's previous record, when they change their mind; null at first
     */
    public static ConsentRecord record(
            Interview interview,
            ConfidentialityStatement statement,
            boolean statementRead,
            Boolean agreed,
            ParticipationChoice choice,
            String respondentName,
            String socialWorkerName,
            long recordedBy,
            Instant at,
            ConsentRecord replaces) {
        if (!statementRead) {
            throw new InterviewRuleException("statement.error.not-read");
        }
        if (agreed == null) {
            throw new InterviewRuleException("statement.error.no-answer");
        }
        if (agreed && choice == null) {
            throw new InterviewRuleException("statement.error.no-choice");
        }
        if (!statement.isPublished()) {
            throw new InterviewRuleException("statement.error.not-published");
        }
        interview.applyConsent(statement.getId(), agreed, choice, respondentName, socialWorkerName, at);
        return new ConsentRecord(interview, statement, agreed, choice, recordedBy, at, replaces);
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

    public Long getStatementId() {
        return statementId;
    }

    public String getStatementSha256() {
        return statementSha256;
    }

    public ConsentMethod getMethod() {
        return method;
    }

    public boolean isStatementRead() {
        return statementRead;
    }

    public ParticipationChoice getChoice() {
        return choice;
    }

    public boolean isAgreed() {
        return agreed;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Long getReplacesId() {
        return replacesId;
    }
}
