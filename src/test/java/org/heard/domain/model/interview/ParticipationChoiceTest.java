package org.heard.domain.model.interview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParticipationChoiceTest {

    @Test
    @DisplayName("Giving their name keeps the family's and the social worker's names")
    void namedKeepsBothNames() {
        assertTrue(ParticipationChoice.NAMED.keepsFamilyName());
        assertTrue(ParticipationChoice.NAMED.keepsSocialWorkerName());
    }

    @Test
    @DisplayName("Giving only the social worker's name keeps theirs and not the family's")
    void socialWorkerOnlyKeepsTheSocialWorkersName() {
        assertFalse(ParticipationChoice.SOCIAL_WORKER_ONLY.keepsFamilyName());
        assertTrue(ParticipationChoice.SOCIAL_WORKER_ONLY.keepsSocialWorkerName());
    }

    @Test
    @DisplayName("Staying anonymous keeps neither name")
    void anonymousKeepsNoName() {
        assertFalse(ParticipationChoice.ANONYMOUS.keepsFamilyName());
        assertFalse(ParticipationChoice.ANONYMOUS.keepsSocialWorkerName());
    }
}
