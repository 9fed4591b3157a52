package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.heard.application.supervision.FeedbackItem;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.shared.InterviewRuleException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Feedback for supervision: by social worker, marked discussed once; anonymous interviews never reach it. */
class SupervisionFeedbackIT extends SupervisionTestBase {

    @Test
    @DisplayName("Anonymous interviews never reach feedback for supervision, and no name is kept for them")
    void anonymousNeverNamed() throws Exception {
        String unique = TestData.randomLetters(10);
        Interview anonymous = submitted(
                westInterviewer,
                ParticipationChoice.ANONYMOUS,
                "Typed Anyway " + unique,
                "Worker Typed " + unique,
                "Anonymous words");
        assertNull(anonymous.getRespondentName());
        assertNull(anonymous.getSocialWorkerName());
        TestCallerContext.actAs(westSupervisor);
        assertTrue(feedback.feedback(null, true).stream().noneMatch(i -> i.getInterviewId() == anonymous.getId()));
        assertTrue(feedback.socialWorkers().stream().noneMatch(w -> w.contains(unique)));
        assertEquals(List.of(), tablesContaining(unique, Set.of()));
        assertThrows(InterviewRuleException.class, () -> feedback.markDiscussed(anonymous.getId(), register.today()));
    }

    @Test
    @DisplayName("Named feedback by social worker, marked discussed once, with a date that is not in the future")
    void feedbackForSupervision() {
        String worker = "Sasha Worker " + TestData.randomLetters(6);
        Interview named = submitted(westInterviewer, ParticipationChoice.NAMED, "Pat Parent", worker, "Kind words");
        Interview workerOnly = submitted(
                westInterviewer, ParticipationChoice.SOCIAL_WORKER_ONLY, "Hidden Parent", worker, "More words");
        TestCallerContext.actAs(westSupervisor);
        assertTrue(feedback.socialWorkers().contains(worker));
        List<FeedbackItem> items = feedback.feedback(worker, false);
        assertEquals(2, items.size());
        FeedbackItem onlyWorker = items.stream()
                .filter(i -> i.getInterviewId() == workerOnly.getId())
                .findFirst()
                .orElseThrow();
        assertNull(onlyWorker.getRespondentName(), "the family gave only the social worker's name");
        assertEquals(
                "Pat Parent",
                items.stream()
                        .filter(i -> i.getInterviewId() == named.getId())
                        .findFirst()
                        .orElseThrow()
                        .getRespondentName());
        assertEquals(
                "feedback.error.date-future",
                assertThrows(
                                InterviewRuleException.class,
                                () -> feedback.markDiscussed(
                                        named.getId(), register.today().plusDays(1)))
                        .getMessageKey());
        assertTrue(feedback.markDiscussed(named.getId(), register.today()));
        assertFalse(feedback.markDiscussed(named.getId(), register.today()), "a second mark changes nothing");
        assertEquals(1, feedback.feedback(worker, false).size());
        FeedbackItem discussed = feedback.feedback(worker, true).stream()
                .filter(i -> i.getInterviewId() == named.getId())
                .findFirst()
                .orElseThrow();
        assertTrue(discussed.isDiscussed());
        assertEquals(westSupervisor.getDisplayName(), discussed.getDiscussedRecordedBy());
    }
}
