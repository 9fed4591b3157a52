package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

    @Test
    @DisplayName("The textbook example: 50 answers, 20 both, 5 and 10 one only, 15 neither, gives 0.4")
    void workedExample() {
        // po = 35/50 = 0.7; first applied 25/50, second 30/50; pe = 0.5 * 0.6 + 0.5 * 0.4 = 0.5.
        CohenKappa agreement = new CohenKappa(20, 5, 10, 15);
        assertEquals(0.7, agreement.observedAgreement(), 1e-12);
        assertEquals(0.4, agreement.kappa().orElseThrow(), 1e-12);
    }

    @Test
    @DisplayName("Perfect agreement is 1; agreement no better than chance is 0; systematic disagreement is negative")
    void bounds() {
        assertEquals(1.0, new CohenKappa(7, 0, 0, 3).kappa().orElseThrow(), 1e-12);
        assertEquals(0.0, new CohenKappa(25, 25, 25, 25).kappa().orElseThrow(), 1e-12);
        assertEquals(-1.0, new CohenKappa(0, 5, 5, 0).kappa().orElseThrow(), 1e-12);
    }

    @Test
    @DisplayName("Undefined when there are no answers, or when both always made the same single choice")
    void undefined() {
        assertTrue(new CohenKappa(0, 0, 0, 0).kappa().isEmpty());
        assertTrue(new CohenKappa(12, 0, 0, 0).kappa().isEmpty());
        assertTrue(new CohenKappa(0, 0, 0, 9).kappa().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new CohenKappa(-1, 0, 0, 0));
    }
}
