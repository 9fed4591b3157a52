package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heard.application.interview.ConsentDecision;
import org.heard.application.supervision.HistoryEntry;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.Respondent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An interview's history: every event in order, and the interview as it stood at an earlier moment. */
class InterviewHistoryIT extends SupervisionTestBase {

    @Test
    @DisplayName("History: every event in order, and the interview as it stood at an earlier moment")
    void historyAndAsAt() {
        TestCallerContext.actAs(westInterviewer);
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, westTeam);
        consent.record(new ConsentDecision(
                interview.getId(),
                consent.statementFor(interview).getId(),
                true,
                true,
                ParticipationChoice.ANONYMOUS,
                null,
                null));
        answers.saveAnswer(interview.getId(), 1, "First draft", false, null, null);
        Instant between = Instant.now().truncatedTo(ChronoUnit.MICROS);
        answers.saveAnswer(interview.getId(), 1, "Second draft", false, null, 1L);
        TestCallerContext.actAs(westSupervisor);
        List<HistoryEntry> timeline = history.timeline(interview.getId());
        assertEquals(AuditAction.INTERVIEW_STARTED, timeline.get(0).getAction());
        assertTrue(timeline.stream()
                .anyMatch(e -> "Second draft".equals(e.getNewValue()) && "First draft".equals(e.getOldValue())));
        Map<String, String> then = new HashMap<>();
        history.asAt(interview.getId(), between).forEach(e -> then.put(e.getField(), e.getNewValue()));
        assertEquals("First draft", then.get("answer.q1.text"));
        assertEquals("IN_PROGRESS", then.get("status"));
        Map<String, String> now = new HashMap<>();
        history.asAt(interview.getId(), Instant.now()).forEach(e -> now.put(e.getField(), e.getNewValue()));
        assertEquals("Second draft", now.get("answer.q1.text"));
    }
}
