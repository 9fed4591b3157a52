package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of the "you said, we did" log. */
class QualityActionTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static QualityAction action() {
        return new QualityAction(
                1L,
                null,
                "Families were not told who to call",
                "Every letter names a contact",
                "Head of Service",
                9L,
                AT);
    }

    @Test
    @DisplayName("A new action is proposed, with its words trimmed")
    void proposed() {
        QualityAction action = new QualityAction(1L, 4L, "  Said  ", " Did ", " Owner ", 9L, AT);
        assertEquals(ActionStatus.PROPOSED, action.getStatus());
        assertEquals("Said", action.getFinding());
        assertEquals("Did", action.getActionText());
        assertEquals("Owner", action.getOwner());
        assertNull(action.getSharedOn());
    }

    @Test
    @DisplayName("Only a done action can carry the day it was shared, and not a day in the future")
    void sharing() {
        QualityAction action = action();
        assertEquals(
                "qa.actions.error.shared-not-done",
                assertThrows(
                                ActionLogException.class,
                                () -> action.progress(ActionStatus.IN_PROGRESS, TODAY, TODAY, AT))
                        .getMessageKey());
        assertEquals(
                "qa.actions.error.shared-future",
                assertThrows(
                                ActionLogException.class,
                                () -> action.progress(ActionStatus.DONE, TODAY.plusDays(1), TODAY, AT))
                        .getMessageKey());
        assertEquals(ActionStatus.PROPOSED, action.getStatus(), "a refused change changes nothing");
        action.progress(ActionStatus.DONE, TODAY, TODAY, AT);
        assertEquals(ActionStatus.DONE, action.getStatus());
        assertEquals(TODAY, action.getSharedOn());
    }

    @Test
    @DisplayName("Blank or over-long words are refused")
    void words() {
        assertThrows(IllegalArgumentException.class, () -> new QualityAction(1L, null, " ", "Did", "Owner", 9L, AT));
        assertThrows(IllegalArgumentException.class, () -> action().change(
                        null, "x".repeat(QualityAction.FINDING_MAX + 1), "Did", "Owner", AT));
    }
}
