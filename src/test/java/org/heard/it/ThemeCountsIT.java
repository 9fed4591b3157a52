package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.heard.application.quality.ThemeCountService;
import org.heard.domain.model.quality.CellKeyPerturbation;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.Theme;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Theme counts with perturbation and small-number suppression: interviews under the
 * threshold are hidden, the fifth shows the perturbed count and the mean rating of the
 * perturbed counts. The interviews' record keys are set, so that the figures are known.
 */
class ThemeCountsIT extends ThemingTestBase {

    @Test
    @DisplayName("Theme counts: 4 interviews are hidden, the 5th shows the perturbed count and mean Q2 rating")
    void themeCountsSuppression() {
        TestCallerContext.actAs(dee);
        Theme counted = theme("Counted");
        long statement = firstQ2Statement();
        List<Long> interviews = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestData.Interview one = interview("Ros Parent", "Tam Worker", "Counted words " + i);
            interviews.add(one.id());
            // Keys known in advance: 64 for the interview tagged three times, 0 for the others.
            QaSeed.recordKey(one.id(), i == 0 ? 64 : 0);
            sql(
                    "INSERT INTO answer_rating (interview_id, statement_id, value) VALUES (?, ?, ?)",
                    one.id(),
                    statement,
                    i < 4 ? 4 : 2);
        }
        for (int i = 0; i < 4; i++) {
            coding.tag(answers(interviews.get(i)).get(0), List.of(counted.getId()), null, null);
        }
        // The same interview tagged again, on its other answer and by another analyst, still counts once.
        coding.tag(answers(interviews.get(0)).get(1), List.of(counted.getId()), null, null);
        TestCallerContext.actAs(cal);
        coding.tag(answers(interviews.get(0)).get(0), List.of(counted.getId()), null, null);

        ThemeCountService.Cell hidden = currentQuarterCell(counted.getName());
        assertTrue(hidden.suppressed());
        assertEquals(0, hidden.interviews(), "no count is given for a hidden cell");
        assertTrue(ratingCell(counted.getName()).suppressed());

        coding.tag(answers(interviews.get(4)).get(0), List.of(counted.getId()), null, null);
        ThemeCountService.Cell shown = currentQuarterCell(counted.getName());
        assertFalse(shown.suppressed());
        // Five interviews, cell key 64: an odd count is kept. The first interview's key is
        // added once, however often it was tagged: added three times (cell key 192) the
        // figure would be 4, and hidden.
        assertEquals(CellKeyPerturbation.perturbed(5, 64), shown.interviews());
        assertEquals(4, CellKeyPerturbation.perturbed(5, 3 * 64));
        assertEquals(5, shown.interviews());
        ThemeCountService.Cell mean = ratingCell(counted.getName());
        assertFalse(mean.suppressed());
        assertEquals(5, mean.interviews());
        // True mean (4 × 4 + 2) / 5 = 3.6; from the perturbed counts, the four 4s are shown as
        // three (even count, cell key 64) and the one 2 as one: (3 × 4 + 2) / 4 = 3.5.
        long fours = CellKeyPerturbation.perturbed(4, 64);
        long twos = CellKeyPerturbation.perturbed(1, 0);
        assertEquals(Math.round((fours * 4 + twos * 2) * 10.0 / (fours + twos)) / 10.0, mean.mean(), 1e-9);
        assertEquals(3.5, mean.mean(), 1e-9);
    }

    private static long firstQ2Statement() {
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement("SELECT s.id FROM script_rating_statement s"
                        + " JOIN script_question q ON q.id = s.question_id JOIN script c ON c.id = q.script_id"
                        + " WHERE c.code = 'parents-carers' AND c.status = 'PUBLISHED' AND c.organisation_id IS NULL"
                        + " AND q.number = 2 AND s.position = 1 ORDER BY c.version DESC");
                ResultSet row = query.executeQuery()) {
            assertTrue(row.next());
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ThemeCountService.Cell currentQuarterCell(String theme) {
        ThemeCountService.ByQuarter table = counts.byQuarter();
        int column = table.quarters().indexOf(Quarter.of(java.time.Instant.now()));
        assertTrue(column >= 0, table.quarters().toString());
        return table.rows().stream()
                .filter(r -> r.theme().equals(theme))
                .findFirst()
                .orElseThrow()
                .cells()
                .get(column);
    }

    private ThemeCountService.Cell ratingCell(String theme) {
        ThemeCountService.AgainstRatings table = counts.againstRatings();
        int column = 0;
        while (table.statements().get(column).position() != 1) {
            column++;
        }
        return table.rows().stream()
                .filter(r -> r.theme().equals(theme))
                .findFirst()
                .orElseThrow()
                .cells()
                .get(column);
    }
}
