package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.heard.application.audit.AuditVerification;
import org.heard.application.interview.ConsentDecision;
import org.heard.application.supervision.ConsentDetail;
import org.heard.application.supervision.HistoryEntry;
import org.heard.application.supervision.RegisterOutcome;
import org.heard.application.supervision.WithdrawalService;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Withdrawal and erasure: one step erases every trace of the family in every table, the chain still verifies; safeguarding text stays. */
class WithdrawalIT extends SupervisionTestBase {

    @Test
    @DisplayName("Withdrawal: one step erases every trace of the family in every table; the chain still verifies")
    void withdrawalErasesEverything() throws Exception {
        String unique = TestData.randomLetters(10);
        String name = "Zephyrine Quill" + unique;
        String worker = "Bartholomew Nettle" + unique;
        String words = "marmalade-" + unique;
        Interview interview = submitted(westInterviewer, ParticipationChoice.NAMED, name, worker, words);
        TestCallerContext.actAs(westSupervisor);
        corrections.correctAnswer(interview.getId(), 3, "Corrected " + words, "Family asked for " + words);
        feedback.markDiscussed(interview.getId(), register.today());
        assertFalse(tablesContaining(words, Set.of()).isEmpty(), "the words are stored before withdrawal");

        WithdrawalService.Result first = withdrawals.withdraw(
                interview.getId(), WithdrawalRequester.RESPONDENT, WithdrawalMethod.EMAIL, register.today());
        assertFalse(first.alreadyWithdrawn());
        for (String trace : List.of(name, worker, words, unique)) {
            assertEquals(List.of(), tablesContaining(trace, Set.of()), trace + " must be gone from every table");
        }
        long eventsAfter = auditTrail.verify(west.id()).getEventsChecked();
        WithdrawalService.Result second = withdrawals.withdraw(
                interview.getId(), WithdrawalRequester.RESPONDENT, WithdrawalMethod.EMAIL, register.today());
        assertTrue(second.alreadyWithdrawn(), "a second withdrawal changes nothing");
        AuditVerification verification = auditTrail.verify(west.id());
        assertTrue(verification.isIntact(), verification.summary());
        assertEquals(eventsAfter, verification.getEventsChecked(), "no event written by the second withdrawal");

        ConsentDetail tombstone = register.detail(interview.getId());
        assertEquals(InterviewStatus.WITHDRAWN, tombstone.getStatus());
        assertEquals(RegisterOutcome.WITHDRAWN, tombstone.getOutcome());
        assertEquals(1, tombstone.getRecords().size(), "the consent record remains");
        assertTrue(tombstone.getCurrent().isStatementIntact());
        assertEquals(WithdrawalMethod.EMAIL, tombstone.getWithdrawal().getMethod());
        assertTrue(history.timeline(interview.getId()).stream()
                .filter(e -> e.getField() != null && e.getField().startsWith("answer."))
                .allMatch(e -> e.getShown() == HistoryEntry.Shown.REDACTED));
        assertTrue(feedback.feedback(null, true).stream().noneMatch(i -> i.getInterviewId() == interview.getId()));
    }

    @Test
    @DisplayName("Safeguarding text stays after withdrawal (a legal duty, documented), and only there")
    void safeguardingKeptOnWithdrawal() throws Exception {
        String unique = TestData.randomLetters(10);
        TestCallerContext.actAs(westInterviewer);
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, null);
        consent.record(new ConsentDecision(
                interview.getId(),
                consent.statementFor(interview).getId(),
                true,
                true,
                ParticipationChoice.NAMED,
                "Named " + unique,
                "Sam Worker"));
        concerns.raiseConcern(interview.getId(), "Child alone, said " + unique);
        TestCallerContext.actAs(westSupervisor);
        withdrawals.withdraw(
                interview.getId(), WithdrawalRequester.PRACTITIONER, WithdrawalMethod.LETTER, register.today());
        assertEquals(List.of("safeguarding_concern.description"), tablesContaining(unique, Set.of()));
    }
}
