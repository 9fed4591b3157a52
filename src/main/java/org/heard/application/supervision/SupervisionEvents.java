package org.heard.application.supervision;

import java.time.LocalDate;
import java.util.List;
import org.heard.application.audit.AuditEvents;
import org.heard.application.audit.AuditVerification;
import org.heard.application.shared.Caller;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.interview.FeedbackDiscussion;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.SafeguardingConcern;
import org.heard.domain.model.interview.Withdrawal;

/**
 * The audit entries of supervision's use cases (the consent register and its receipts,
 * withdrawal, feedback and safeguarding), one factory per action: each entry is in the
 * supervisor's organisation's chain, by the supervisor. A use case reads
 * {@code audit.record(SupervisionEvents.consentViewed(…))}.
 */
public final class SupervisionEvents {

    private SupervisionEvents() {}

    /** The consent register was exported, with the filter it was exported with. */
    public static AuditEntry registerExported(Caller supervisor, ConsentRegisterFilter filter) {
        return AuditEntry.of(AuditAction.EXPORT_CONSENT_REGISTER)
                .organisation(supervisor.getOrganisationId())
                .actor(supervisor.getStaffId())
                .value("filter", filter.describe());
    }

    /** An interview's consent detail was viewed. */
    public static AuditEntry consentViewed(Caller supervisor, long interviewId) {
        return aboutInterview(supervisor, AuditAction.CONSENT_VIEWED, interviewId);
    }

    /** An interview's consent receipt was downloaded. */
    public static AuditEntry receiptExported(Caller supervisor, long interviewId) {
        return aboutInterview(supervisor, AuditAction.EXPORT_CONSENT_RECEIPT, interviewId);
    }

    /**
     * An interview was withdrawn and its content erased: who asked, how and when, the
     * interview's change of status, and a summary of what was erased.
     */
    public static List<AuditEntry> withdrawn(
            Caller supervisor,
            Interview interview,
            Withdrawal withdrawal,
            InterviewStatus statusBefore,
            String erasedSummary) {
        return List.of(
                withdrawal(supervisor, interview, withdrawal)
                        .value("requested-by", withdrawal.getRequestedBy().name()),
                withdrawal(supervisor, interview, withdrawal)
                        .value("method", withdrawal.getMethod().name()),
                withdrawal(supervisor, interview, withdrawal)
                        .value("requested-on", withdrawal.getRequestedOn().toString()),
                interview(supervisor, interview, AuditAction.INTERVIEW_STATUS_CHANGED)
                        .change("status", statusBefore.name(), InterviewStatus.WITHDRAWN.name()),
                interview(supervisor, interview, AuditAction.INTERVIEW_ERASED).value("erased", erasedSummary));
    }

    /** A named interview's feedback was discussed in supervision on a day. */
    public static AuditEntry feedbackDiscussed(
            Caller supervisor, Interview interview, FeedbackDiscussion discussion, LocalDate discussedOn) {
        return AuditEvents.event(
                        interview.getOrganisationId(),
                        supervisor.getStaffId(),
                        AuditAction.FEEDBACK_DISCUSSED,
                        "feedback-discussion",
                        discussion.getInterviewId())
                .interview(interview.getId())
                .value("discussed-on", discussedOn.toString());
    }

    /** A safeguarding concern was acknowledged, with the action taken. */
    public static AuditEntry concernAcknowledged(Caller supervisor, SafeguardingConcern concern) {
        return AuditEvents.event(
                        concern.getOrganisationId(),
                        supervisor.getStaffId(),
                        AuditAction.CONCERN_ACKNOWLEDGED,
                        "safeguarding-concern",
                        concern.getId())
                .interview(concern.getInterviewId())
                .value("action-taken", concern.getActionTaken());
    }

    /**
     * A chain was verified, by a supervisor ({@code actorId}) or by Heard itself (null, the
     * nightly check): the result in words, in that chain (chain 0 has no organisation).
     */
    public static AuditEntry auditVerified(AuditVerification result, Long actorId) {
        return AuditEntry.of(AuditAction.AUDIT_VERIFIED)
                .organisation(result.getChainId() == 0 ? null : result.getChainId())
                .actor(actorId)
                .value("result", result.summary());
    }

    private static AuditEntry aboutInterview(Caller supervisor, AuditAction action, long interviewId) {
        return AuditEvents.event(supervisor, action, "interview", interviewId).interview(interviewId);
    }

    private static AuditEntry interview(Caller supervisor, Interview interview, AuditAction action) {
        return AuditEvents.event(
                        interview.getOrganisationId(), supervisor.getStaffId(), action, "interview", interview.getId())
                .interview(interview.getId());
    }

    private static AuditEntry withdrawal(Caller supervisor, Interview interview, Withdrawal withdrawal) {
        return interview(supervisor, interview, AuditAction.WITHDRAWAL_RECORDED)
                .entity("withdrawal", withdrawal.getId());
    }
}
