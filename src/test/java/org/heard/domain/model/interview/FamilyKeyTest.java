package org.heard.domain.model.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.RetentionAction;
import org.heard.domain.shared.InterviewRuleException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pseudonymous family key: who gets one, when it is kept, when it is dropped. */
class FamilyKeyTest {

    private static final Instant T0 = Instant.parse("2026-09-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-22T10:00:00Z");

    private static Interview started(long organisationId) {
        return new Interview(
                organisationId,
                "BH-2026-" + System.nanoTime() % 10_000,
                3L,
                7L,
                InterviewerKind.EXPERT_BY_EXPERIENCE,
                InterviewMode.TELEPHONE,
                Respondent.PARENT,
                11L,
                T0);
    }

    private static Interview agreed(ParticipationChoice choice, String name) {
        Interview interview = started(1L);
        interview.applyConsent(5L, true, choice, name, "Sam Worker", T0);
        return interview;
    }

    private static Interview submitted(ParticipationChoice choice, String name) {
        Interview interview = agreed(choice, name);
        interview.submit(T0.plusSeconds(1800));
        return interview;
    }

    @Test
    @DisplayName("A family who gives their name gets a random 128-bit key, never derived from the name")
    void namedGetsRandomKey() {
        Interview first = agreed(ParticipationChoice.NAMED, "Alex Family");
        Interview second = agreed(ParticipationChoice.NAMED, "Alex Family");
        assertNotNull(first.getFamilyKey());
        assertTrue(first.getFamilyKey().matches("[0-9a-f]{32}"), first.getFamilyKey());
        assertNotEquals(first.getFamilyKey(), second.getFamilyKey(), "same name, different families until linked");
    }

    @Test
    @DisplayName("Anonymous and social-worker-only interviews, and a declined statement, carry no key")
    void othersHaveNone() {
        assertNull(agreed(ParticipationChoice.ANONYMOUS, null).getFamilyKey());
        assertNull(agreed(ParticipationChoice.SOCIAL_WORKER_ONLY, null).getFamilyKey());
        Interview declined = started(1L);
        declined.applyConsent(5L, false, null, null, null, T0);
        assertNull(declined.getFamilyKey());
    }

    @Test
    @DisplayName("A follow-up shares the earlier interview's key if the family gives their name again")
    void followUpSharesKey() {
        Interview earlier = submitted(ParticipationChoice.NAMED, "Alex Family");
        Interview later = started(1L);
        later.followsUp(earlier);
        assertEquals(earlier.getFamilyKey(), later.getFamilyKey());
        later.applyConsent(5L, true, ParticipationChoice.NAMED, "Alex Family", "Sam Worker", T1);
        assertEquals(earlier.getFamilyKey(), later.getFamilyKey());
    }

    @Test
    @DisplayName("A follow-up in which the family stays anonymous is not linked: the key is dropped")
    void anonymousFollowUpUnlinked() {
        Interview earlier = submitted(ParticipationChoice.NAMED, "Alex Family");
        Interview later = started(1L);
        later.followsUp(earlier);
        later.applyConsent(5L, true, ParticipationChoice.ANONYMOUS, null, null, T1);
        assertNull(later.getFamilyKey());
        assertNotNull(earlier.getFamilyKey());
    }

    @Test
    @DisplayName("Only a finished, named, kept interview can be followed up, with a reason for each refusal")
    void followUpRefusals() {
        assertEquals(
                "start.follow-up.error.not-named",
                assertThrows(InterviewRuleException.class, () -> started(1L)
                                .followsUp(submitted(ParticipationChoice.ANONYMOUS, null)))
                        .getMessageKey());
        assertEquals(
                "start.follow-up.error.not-finished",
                assertThrows(InterviewRuleException.class, () -> started(1L)
                                .followsUp(agreed(ParticipationChoice.NAMED, "Alex Family")))
                        .getMessageKey());
        Interview withdrawn = submitted(ParticipationChoice.NAMED, "Alex Family");
        withdrawn.withdraw(T1);
        assertEquals(
                "start.follow-up.error.withdrawn",
                assertThrows(InterviewRuleException.class, () -> started(1L).followsUp(withdrawn))
                        .getMessageKey());
        Interview retained = submitted(ParticipationChoice.NAMED, "Alex Family");
        retained.retain(RetentionAction.ANONYMISE, T1);
        assertEquals(
                "start.follow-up.error.retained",
                assertThrows(InterviewRuleException.class, () -> started(1L).followsUp(retained))
                        .getMessageKey());
        Interview elsewhere = submitted(ParticipationChoice.NAMED, "Alex Family");
        assertThrows(IllegalArgumentException.class, () -> started(2L).followsUp(elsewhere));
    }

    @Test
    @DisplayName("Retention and a discarded stop drop the key; a withdrawal keeps it on the tombstone")
    void whenKeysGo() {
        Interview retained = submitted(ParticipationChoice.NAMED, "Alex Family");
        retained.retain(RetentionAction.ERASE, T1);
        assertNull(retained.getFamilyKey());

        Interview discarded = agreed(ParticipationChoice.NAMED, "Alex Family");
        discarded.stop(false, T1);
        assertNull(discarded.getFamilyKey());

        Interview withdrawn = submitted(ParticipationChoice.NAMED, "Alex Family");
        String key = withdrawn.getFamilyKey();
        withdrawn.withdraw(T1);
        assertEquals(key, withdrawn.getFamilyKey(), "so the family is not asked again");
        assertNull(withdrawn.getRespondentName());
    }
}
