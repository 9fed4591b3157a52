package org.heard.application.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.heard.domain.model.quality.SmallNumbers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QaDashboardServiceTest {

    @Test
    @DisplayName("Rating statements of different scripts stay apart, the parents' and carers' Q2 first")
    void statementsOfEveryScript() {
        DashboardFilter filter = new DashboardFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 3), null, null, null);
        // Keys of 200 and 10 leave 6 and 7 ratings as they are.
        List<DashboardQuery.RatingCount> ratings = List.of(
                new DashboardQuery.RatingCount("parents-carers", 1L, 2026, 1, 2, 1, 4, 6, 200),
                new DashboardQuery.RatingCount("children-young-people", 1L, 2026, 1, 2, 1, 4, 7, 10));
        Dashboard dashboard = QaDashboardService.assemble(
                new SmallNumbers(5), filter, Map.of(1L, "Team"), List.of(), ratings, List.of(), Map.of());
        assertEquals(2, dashboard.statements().size());
        Dashboard.Statement parents = dashboard.statements().get(0);
        Dashboard.Statement children = dashboard.statements().get(1);
        assertEquals("1", parents.anchor());
        assertEquals("children-young-people-q2-1", children.anchor());
        assertEquals(
                6L, parents.byTeam().get(0).distribution().counts().values().get(3));
        assertEquals(
                7L, children.byTeam().get(0).distribution().counts().values().get(3));
    }
}
