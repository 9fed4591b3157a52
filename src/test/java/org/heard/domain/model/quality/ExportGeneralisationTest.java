package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.heard.domain.model.quality.ExportGeneralisation.Combination;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExportGeneralisationTest {

    private static final SmallNumbers FIVE = new SmallNumbers(5);

    @Test
    @DisplayName("A combination of 5 rows is kept as recorded; smaller ones lose the team first")
    void teamFirst() {
        Combination big = new Combination("2026-Q1", "#1", "TELEPHONE", "PRACTITIONER");
        Combination smallA = new Combination("2026-Q1", "#2", "TELEPHONE", "PRACTITIONER");
        Combination smallB = new Combination("2026-Q1", "#3", "TELEPHONE", "PRACTITIONER");
        ExportGeneralisation plan = ExportGeneralisation.plan(FIVE, Map.of(big, 5L, smallA, 3L, smallB, 2L));
        assertEquals(big, plan.apply(big).orElseThrow());
        Combination withheld = new Combination("2026-Q1", "*", "TELEPHONE", "PRACTITIONER");
        assertEquals(withheld, plan.apply(smallA).orElseThrow());
        assertEquals(withheld, plan.apply(smallB).orElseThrow());
        assertEquals(0, plan.dropped());
    }

    @Test
    @DisplayName("Then the quarter widens to its year, then mode and kind are withheld, then rows are left out")
    void widerAndWider() {
        Map<Combination, Long> counts = new HashMap<>();
        counts.put(new Combination("2026-Q1", "#1", "TELEPHONE", "PRACTITIONER"), 2L);
        counts.put(new Combination("2026-Q2", "#1", "TELEPHONE", "PRACTITIONER"), 3L);
        counts.put(new Combination("2026-Q3", "#1", "IN_PERSON", "PRACTITIONER"), 2L);
        counts.put(new Combination("2026-Q4", "#2", "IN_PERSON", "EXPERT_BY_EXPERIENCE"), 3L);
        counts.put(new Combination("2025-Q4", "#2", "IN_PERSON", "EXPERT_BY_EXPERIENCE"), 4L);
        ExportGeneralisation plan = ExportGeneralisation.plan(FIVE, counts);
        assertEquals(
                new Combination("2026", "*", "TELEPHONE", "PRACTITIONER"),
                plan.apply(new Combination("2026-Q1", "#1", "TELEPHONE", "PRACTITIONER"))
                        .orElseThrow());
        assertEquals(
                new Combination("2026", "*", "*", "*"),
                plan.apply(new Combination("2026-Q3", "#1", "IN_PERSON", "PRACTITIONER"))
                        .orElseThrow());
        assertEquals(
                new Combination("2026", "*", "*", "*"),
                plan.apply(new Combination("2026-Q4", "#2", "IN_PERSON", "EXPERT_BY_EXPERIENCE"))
                        .orElseThrow());
        assertTrue(plan.apply(new Combination("2025-Q4", "#2", "IN_PERSON", "EXPERT_BY_EXPERIENCE"))
                .isEmpty());
        assertEquals(4, plan.dropped());
    }
}
