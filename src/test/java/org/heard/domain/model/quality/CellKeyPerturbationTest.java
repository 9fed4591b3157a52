package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CellKeyPerturbationTest {

    @Test
    @DisplayName("Every count above zero loses one for exactly half of the cell keys and is kept for the other half")
    void halfAndHalf() {
        for (long count = 1; count <= 500; count++) {
            int less = 0;
            for (int key = 0; key < CellKeyPerturbation.KEYS; key++) {
                int d = CellKeyPerturbation.perturbation(count, key);
                assertTrue(d == 0 || d == -1, "perturbation " + d);
                less += d == -1 ? 1 : 0;
            }
            assertEquals(CellKeyPerturbation.KEYS / 2, less, "count " + count);
        }
    }

    @Test
    @DisplayName("Zero is never perturbed, and the cell key is the sum of record keys modulo 256")
    void zeroAndModulus() {
        for (int key = 0; key < CellKeyPerturbation.KEYS; key++) {
            assertEquals(0, CellKeyPerturbation.perturbation(0, key));
        }
        assertEquals(44, CellKeyPerturbation.cellKey(300));
        assertEquals(CellKeyPerturbation.perturbed(12, 300), CellKeyPerturbation.perturbed(12, 44));
        assertEquals(11, CellKeyPerturbation.perturbed(12, 44));
        assertEquals(12, CellKeyPerturbation.perturbed(12, 128));
        assertEquals(13, CellKeyPerturbation.perturbed(13, 44));
        assertEquals(12, CellKeyPerturbation.perturbed(13, 128));
        assertThrows(IllegalArgumentException.class, () -> CellKeyPerturbation.perturbation(3, 256));
    }
}
