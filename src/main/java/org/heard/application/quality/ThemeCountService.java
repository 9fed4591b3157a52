package org.heard.application.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.SmallNumbers;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemeRepository;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;

/**
 * How often each theme comes up, for quality-assurance analysts: the number of
 * interviews tagged with it (by any analyst, each interview once) by quarter, and the
 * mean Q2 ratings in the interviews tagged with it. Every figure is computed by the
 * database and passes through small-number suppression: one built from fewer interviews
 * than the threshold is neither shown nor exported.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ThemeCountService {

    /** The most quarters shown: ten years. */
    public static final int MAX_QUARTERS = 40;

    @Inject
    private CallerContext callerContext;

    @Inject
    private ThemingQuery query;

    @Inject
    private ThemeRepository themes;

    @Inject
    private ScriptRepository scripts;

    @Inject
    private SmallNumbers smallNumbers;

    @Inject
    private Clock clock;

    /** A figure after suppression: hidden, or built from {@code interviews} interviews. */
    public record Cell(boolean suppressed, long interviews, Double mean) {}

    /** One theme's row of a table. */
    public record Row(String theme, List<Cell> cells) {}

    /** Interviews with each theme by quarter, oldest quarter first. */
    public record ByQuarter(List<Quarter> quarters, List<Row> rows) {}

    /** Mean Q2 rating per statement in the interviews with each theme. */
    public record AgainstRatings(List<RatingColumn> statements, List<Row> rows) {}

    public ByQuarter byQuarter() {
        analyst();
        Quarter current = Quarter.of(clock.instant());
        Quarter first = query.earliestTagged().map(Quarter::of).orElse(current);
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = first; q.compareTo(current) <= 0; q = q.next()) {
            quarters.add(q);
        }
        if (quarters.size() > MAX_QUARTERS) {
            quarters = new ArrayList<>(quarters.subList(quarters.size() - MAX_QUARTERS, quarters.size()));
        }
        Map<String, Long> counts = new HashMap<>();
        query.byQuarter(quarters).forEach(c -> counts.put(c.themeId() + ":" + c.quarterKey(), c.interviews()));
        List<Row> rows = new ArrayList<>();
        for (Theme theme : themes.findAll()) {
            List<Cell> cells = new ArrayList<>();
            for (Quarter quarter : quarters) {
                cells.add(cell(counts.getOrDefault(theme.getId() + ":" + quarter.key(), 0L), null));
            }
            rows.add(new Row(theme.getName(), cells));
        }
        return new ByQuarter(quarters, rows);
    }

    public AgainstRatings againstRatings() {
        analyst();
        List<RatingColumn> statements = new ArrayList<>();
        scripts.findCurrent(Script.DEFAULT_CODE).ifPresent(script -> {
            for (Question question : script.getQuestions()) {
                if (question.getNumber() == 2) {
                    for (RatingStatement statement : question.getRatingStatements()) {
                        statements.add(new RatingColumn(2, statement.getPosition(), statement.getText()));
                    }
                }
            }
        });
        Map<String, ThemingQuery.RatingMean> means = new HashMap<>();
        query.againstRatings().forEach(m -> means.put(m.themeId() + ":" + m.position(), m));
        List<Row> rows = new ArrayList<>();
        for (Theme theme : themes.findAll()) {
            List<Cell> cells = new ArrayList<>();
            for (RatingColumn statement : statements) {
                ThemingQuery.RatingMean mean = means.get(theme.getId() + ":" + statement.position());
                cells.add(mean == null ? cell(0, null) : cell(mean.interviews(), mean.mean()));
            }
            rows.add(new Row(theme.getName(), cells));
        }
        return new AgainstRatings(statements, rows);
    }

    /** The suppression threshold, for the page's explanation. */
    public int suppressionThreshold() {
        return smallNumbers.minimum();
    }

    private Cell cell(long interviews, Double mean) {
        if (smallNumbers.hides(interviews)) {
            return new Cell(true, 0, null);
        }
        return new Cell(false, interviews, mean);
    }

    private Caller analyst() {
        return callerContext.require(Role.QA_ANALYST);
    }
}
