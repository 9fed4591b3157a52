package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.shared.InterviewRuleException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Safeguarding alerts: kept until acknowledged with the action taken; old ones highlighted. */
class SafeguardingAlertsIT extends SupervisionTestBase {

    @Test
    @DisplayName("Safeguarding alerts stay until acknowledged with the action taken; old ones are highlighted")
    void safeguardingAlerts() throws Exception {
        TestCallerContext.actAs(westInterviewer);
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, null);
        concerns.raiseConcern(interview.getId(), "Fresh concern");
        insertConcern(interview, LocalDateTime.now(ZoneOffset.UTC).minusDays(2), "Old concern");
        TestCallerContext.actAs(westSupervisor);
        var open = safeguarding.openConcerns().stream()
                .filter(c -> c.getReference().equals(interview.getReference()))
                .toList();
        assertEquals(2, open.size());
        var old = open.stream()
                .filter(c -> c.getDescription().equals("Old concern"))
                .findFirst()
                .orElseThrow();
        var fresh = open.stream()
                .filter(c -> c.getDescription().equals("Fresh concern"))
                .findFirst()
                .orElseThrow();
        assertTrue(old.isOverdue());
        assertFalse(fresh.isOverdue());
        assertEquals(
                "safeguarding.error.action-required",
                assertThrows(InterviewRuleException.class, () -> safeguarding.acknowledge(fresh.id(), "  "))
                        .getMessageKey());
        assertTrue(safeguarding.acknowledge(fresh.id(), "Called the duty social worker"));
        assertFalse(safeguarding.acknowledge(fresh.id(), "Again"), "a second acknowledgement changes nothing");
        assertTrue(safeguarding.openConcerns().stream().noneMatch(c -> c.id() == fresh.id()));
    }
}
