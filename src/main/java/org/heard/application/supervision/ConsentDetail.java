package org.heard.application.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.heard.domain.model.interview.ConsentMethod;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;
import org.heard.domain.model.organisation.InterviewerKind;

/**
 * Everything a supervisor needs to prove what a family was told and chose:
 * the interview, the chain of consent records (oldest first), the exact
 * statement text of each version with its SHA-256 checked, and any withdrawal.
 * Never a family's name.
 */
public final class ConsentDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long interviewId;
    private final String reference;
    private final Instant startedAt;
    private final Instant endedAt;
    private final InterviewStatus status;
    private final RegisterOutcome outcome;
    private final InterviewMode mode;
    private final Respondent respondent;
    private final String interviewerName;
    private final InterviewerKind interviewerKind;
    private final String teamName;
    private final List<Record> records;
    private final Withdrawal withdrawal;

    public ConsentDetail(
            long interviewId,
            String reference,
            Instant startedAt,
            Instant endedAt,
            InterviewStatus status,
            RegisterOutcome outcome,
            InterviewMode mode,
            Respondent respondent,
            String interviewerName,
            InterviewerKind interviewerKind,
            String teamName,
            List<Record> records,
            Withdrawal withdrawal) {
        this.interviewId = interviewId;
        this.reference = reference;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.status = status;
        this.outcome = outcome;
        this.mode = mode;
        this.respondent = respondent;
        this.interviewerName = interviewerName;
        this.interviewerKind = interviewerKind;
        this.teamName = teamName;
        this.records = List.copyOf(records);
        this.withdrawal = withdrawal;
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

    public Instant getEndedAt() {
        return endedAt;
    }

    public InterviewStatus getStatus() {
        return status;
    }

    public RegisterOutcome getOutcome() {
        return outcome;
    }

    public InterviewMode getMode() {
        return mode;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public String getInterviewerName() {
        return interviewerName;
    }

    public InterviewerKind getInterviewerKind() {
        return interviewerKind;
    }

    public String getTeamName() {
        return teamName;
    }

    /** The consent records, oldest first; a later one replaces the one before. */
    public List<Record> getRecords() {
        return records;
    }

    /** The record in force: the latest; null before the statement was answered. */
    public Record getCurrent() {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }

    /** The withdrawal, if the family withdrew; null otherwise. */
    public Withdrawal getWithdrawal() {
        return withdrawal;
    }

    public boolean isWithdrawn() {
        return withdrawal != null;
    }

    /** One consent record with the statement it refers to. */
    public static final class Record implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final Instant recordedAt;
        private final String recordedByName;
        private final ConsentMethod method;
        private final int statementVersion;
        private final String statementText;
        private final String statementSha256;
        private final boolean statementIntact;
        private final boolean agreed;
        private final ParticipationChoice choice;
        private final Long replacesId;

        public Record(
                long id,
                Instant recordedAt,
                String recordedByName,
                ConsentMethod method,
                int statementVersion,
                String statementText,
                String statementSha256,
                boolean statementIntact,
                boolean agreed,
                ParticipationChoice choice,
                Long replacesId) {
            this.id = id;
            this.recordedAt = recordedAt;
            this.recordedByName = recordedByName;
            this.method = method;
            this.statementVersion = statementVersion;
            this.statementText = statementText;
            this.statementSha256 = statementSha256;
            this.statementIntact = statementIntact;
            this.agreed = agreed;
            this.choice = choice;
            this.replacesId = replacesId;
        }

        public long getId() {
            return id;
        }

        public Instant getRecordedAt() {
            return recordedAt;
        }

        public String getRecordedByName() {
            return recordedByName;
        }

        public ConsentMethod getMethod() {
            return method;
        }

        public int getStatementVersion() {
            return statementVersion;
        }

        /** The exact text that was read, of the version the record names. */
        public String getStatementText() {
            return statementText;
        }

        /** The SHA-256 stored with the record when it was made. */
        public String getStatementSha256() {
            return statementSha256;
        }

        /** Whether the stored text still hashes to the SHA-256 recorded at the time. */
        public boolean isStatementIntact() {
            return statementIntact;
        }

        public boolean isAgreed() {
            return agreed;
        }

        public ParticipationChoice getChoice() {
            return choice;
        }

        public Long getReplacesId() {
            return replacesId;
        }
    }

    /** A family's withdrawal, as recorded. */
    public static final class Withdrawal implements Serializable {
        private static final long serialVersionUID = 1L;
        private final WithdrawalRequester requestedBy;
        private final WithdrawalMethod method;
        private final LocalDate requestedOn;
        private final String recordedByName;
        private final Instant recordedAt;

        public Withdrawal(
                WithdrawalRequester requestedBy,
                WithdrawalMethod method,
                LocalDate requestedOn,
                String recordedByName,
                Instant recordedAt) {
            this.requestedBy = requestedBy;
            this.method = method;
            this.requestedOn = requestedOn;
            this.recordedByName = recordedByName;
            this.recordedAt = recordedAt;
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

        public String getRecordedByName() {
            return recordedByName;
        }

        public Instant getRecordedAt() {
            return recordedAt;
        }
    }
}
