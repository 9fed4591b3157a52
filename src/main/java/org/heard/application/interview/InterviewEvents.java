package org.heard.application.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.heard.application.audit.AuditEvents;
import org.heard.application.shared.Caller;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.ConsentRecord;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.InterviewSupport;
import org.heard.domain.model.interview.SafeguardingConcern;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.statement.ConfidentialityStatement;

/**
 * The audit entries of an interview's use cases, one factory per action: each
 * entry is in the interview's organisation's chain, by the caller, about the
 * interview. A use case reads {@code audit.record(InterviewEvents.concernRaised(…))}.
 */
public final class InterviewEvents {

    private InterviewEvents() {}

    /** What an answer held before a save, to record only what changed. */
    public record AnswerBefore(String text, boolean declined, String note) {
        public static AnswerBefore of(Answer answer) {
            return new AnswerBefore(answer.getText(), answer.isDeclined(), answer.getNote());
        }
    }

    /** What the interview held before a consent record, to record only what changed. */
    public record ConsentBefore(
            InterviewStatus status, String respondentName, String socialWorkerName, ConsentRecord previous) {
        public static ConsentBefore of(Interview interview, ConsentRecord previous) {
            return new ConsentBefore(
                    interview.getStatus(), interview.getRespondentName(), interview.getSocialWorkerName(), previous);
        }
    }

    /** What a support option's record held before it was recorded again; {@code isNew} when it had none. */
    public record SupportBefore(boolean isNew, boolean offered, boolean followUp) {
        public static SupportBefore of(InterviewSupport record) {
            return new SupportBefore(record.getId() == null, record.isOffered(), record.isFollowUpRequested());
        }
    }

    /** An event by the caller about the interview, in its organisation's chain. */
    private static AuditEntry event(Caller caller, AuditAction action, Interview interview) {
        return AuditEvents.event(
                        interview.getOrganisationId(), caller.getStaffId(), action, "interview", interview.getId())
                .interview(interview.getId());
    }

    /** An interview was set up: its status, mode, respondent, team, statement, script and the interview it follows. */
    public static List<AuditEntry> started(
            Caller caller, Interview interview, ConfidentialityStatement statement, Script script, Interview earlier) {
        return List.of(
                started(caller, interview).value("status", InterviewStatus.STARTED.name()),
                started(caller, interview).value("mode", interview.getMode().name()),
                started(caller, interview)
                        .value("respondent", interview.getRespondent().name()),
                started(caller, interview)
                        .value("team", interview.getTeamId() == null ? null : "#" + interview.getTeamId()),
                started(caller, interview).value("statement", "#" + statement.getId() + " v" + statement.getVersion()),
                started(caller, interview).value("script", script.getCode() + " v" + script.getVersion()),
                started(caller, interview).value("follow-up-of", earlier == null ? null : earlier.getReference()));
    }

    private static AuditEntry started(Caller caller, Interview interview) {
        return event(caller, AuditAction.INTERVIEW_STARTED, interview);
    }

    /**
     * A consent record: the statement and its digest, method, answer, choice, the record it
     * replaces; digests of changed names; and the interview's change of status, if any.
     */
    public static List<AuditEntry> consentRecorded(
            Caller caller,
            Interview interview,
            ConfidentialityStatement statement,
            ConsentRecord record,
            ConsentBefore before) {
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(consent(caller, interview, record)
                .value("statement", "#" + statement.getId() + " v" + statement.getVersion()));
        entries.add(consent(caller, interview, record).value("statement-sha256", record.getStatementSha256()));
        entries.add(consent(caller, interview, record)
                .value("method", record.getMethod().name()));
        entries.add(consent(caller, interview, record).value("agreed", String.valueOf(record.isAgreed())));
        entries.add(consent(caller, interview, record)
                .value(
                        "choice",
                        record.getChoice() == null ? null : record.getChoice().name()));
        if (before.previous() != null) {
            entries.add(consent(caller, interview, record)
                    .value("replaces", "#" + before.previous().getId()));
        }
        if (!Objects.equals(before.respondentName(), interview.getRespondentName())) {
            entries.add(consent(caller, interview, record)
                    .change("respondent-name", before.respondentName(), interview.getRespondentName())
                    .digestOnly());
        }
        if (!Objects.equals(before.socialWorkerName(), interview.getSocialWorkerName())) {
            entries.add(consent(caller, interview, record)
                    .change("social-worker-name", before.socialWorkerName(), interview.getSocialWorkerName())
                    .digestOnly());
        }
        if (before.status() != interview.getStatus()) {
            entries.add(statusChanged(caller, interview, before.status()));
        }
        return entries;
    }

    private static AuditEntry consent(Caller caller, Interview interview, ConsentRecord record) {
        return event(caller, AuditAction.CONSENT_RECORDED, interview).entity("consent-record", record.getId());
    }

    /** The interview moved from {@code before} to its present status. */
    public static AuditEntry statusChanged(Caller caller, Interview interview, InterviewStatus before) {
        return event(caller, AuditAction.INTERVIEW_STATUS_CHANGED, interview)
                .change("status", before.name(), interview.getStatus().name());
    }

    /** An answer was saved: one entry for each of its text, "declined" and note that changed. */
    public static List<AuditEntry> answerSaved(
            Caller caller, Interview interview, int questionNumber, Answer answer, AnswerBefore before) {
        List<AuditEntry> entries = new ArrayList<>();
        String prefix = "answer.q" + questionNumber;
        if (!Objects.equals(before.text(), answer.getText())) {
            entries.add(
                    answerEvent(caller, interview, answer).change(prefix + ".text", before.text(), answer.getText()));
        }
        if (before.declined() != answer.isDeclined()) {
            entries.add(answerEvent(caller, interview, answer)
                    .change(
                            prefix + ".declined",
                            String.valueOf(before.declined()),
                            String.valueOf(answer.isDeclined())));
        }
        if (!Objects.equals(before.note(), answer.getNote())) {
            entries.add(
                    answerEvent(caller, interview, answer).change(prefix + ".note", before.note(), answer.getNote()));
        }
        return entries;
    }

    private static AuditEntry answerEvent(Caller caller, Interview interview, Answer answer) {
        return event(caller, AuditAction.ANSWER_SAVED, interview).entity("answer", answer.getId());
    }

    /** A rating statement's value changed from {@code old} to {@code now} (null: not answered). */
    public static AuditEntry ratingSaved(
            Caller caller,
            Interview interview,
            int questionNumber,
            RatingStatement statement,
            Integer old,
            Integer now) {
        return event(caller, AuditAction.RATING_SAVED, interview)
                .entity("rating-statement", statement.getId())
                .change(
                        "rating.q" + questionNumber + ".s" + statement.getPosition(),
                        old == null ? null : old.toString(),
                        now == null ? null : now.toString());
    }

    /** A support option was recorded: one entry for "offered" and one for "follow-up", each when it changed. */
    public static List<AuditEntry> supportRecorded(
            Caller caller, Interview interview, InterviewSupport record, SupportBefore before) {
        List<AuditEntry> entries = new ArrayList<>();
        if (before.isNew() || before.offered() != record.isOffered()) {
            entries.add(support(
                    caller,
                    interview,
                    record,
                    "offered",
                    before.isNew() ? null : before.offered(),
                    record.isOffered()));
        }
        if (before.isNew() || before.followUp() != record.isFollowUpRequested()) {
            entries.add(support(
                    caller,
                    interview,
                    record,
                    "follow-up",
                    before.isNew() ? null : before.followUp(),
                    record.isFollowUpRequested()));
        }
        return entries;
    }

    private static AuditEntry support(
            Caller caller, Interview interview, InterviewSupport record, String field, Boolean old, boolean now) {
        return event(caller, AuditAction.SUPPORT_RECORDED, interview)
                .entity("support-option", record.getOptionId())
                .change(
                        "support.o" + record.getOptionId() + "." + field,
                        old == null ? null : String.valueOf(old),
                        String.valueOf(now));
    }

    /** A safeguarding concern was raised, with its description. */
    public static AuditEntry concernRaised(Caller caller, Interview interview, SafeguardingConcern concern) {
        return event(caller, AuditAction.CONCERN_RAISED, interview)
                .entity("safeguarding-concern", concern.getId())
                .value("description", concern.getDescription());
    }

    /** A supervisor corrected the text of a submitted answer, with their reason. */
    public static AuditEntry answerCorrected(
            Caller caller, Interview interview, int questionNumber, Answer answer, String oldText, String reason) {
        return event(caller, AuditAction.ANSWER_CORRECTED, interview)
                .entity("answer", answer.getId())
                .change("answer.q" + questionNumber + ".text", oldText, answer.getText())
                .reason(reason);
    }
}
