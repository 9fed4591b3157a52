package org.heard.application.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.SmallNumbers;
import org.heard.domain.model.quality.Tabulation;
import org.heard.domain.model.quality.Tabulation.Tally;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemeRepository;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;

/**
 * How often each theme comes up, for quality-assurance analysts: the number of
 * interviews tagged with it (by any analyst, each interview once) by quarter, and the
 * mean Q2 ratings in the interviews tagged with it. The database counts; every count is
 * then perturbed as the dashboard's are ({@link Tabulation}: cell-key perturbation on the
 * sum of the record keys of the distinct interviews counted) and a perturbed count under
 * the threshold is not shown. A mean is worked out from the perturbed count of each
 * rating and shown with the perturbed number of interviews.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ThemeCountService {

    /** The most quarters shown: ten years. */
    public static final int MAX_QUARTERS = 40;

    private static final Cell HIDDEN = new Cell(true, 0, null);

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

    /**
     * A figure after perturbation and suppression: hidden, or shown as {@code interviews}
     * interviews (perturbed), with a mean worked out from perturbed counts.
     */
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
        Tabulation tabulation = new Tabulation(smallNumbers);
        Map<String, Tally> counts = new HashMap<>();
        query.byQuarter(quarters)
                .forEach(c -> counts.put(c.themeId() + ":" + c.quarterKey(), new Tally(c.interviews(), c.keySum())));
        List<Row> rows = new ArrayList<>();
        for (Theme theme : themes.findAll()) {
            List<Cell> cells = new ArrayList<>();
            for (Quarter quarter : quarters) {
                Tabulation.Cell count =
                        tabulation.cell(counts.getOrDefault(theme.getId() + ":" + quarter.key(), Tally.NONE));
                cells.add(count.shown() ? new Cell(false, count.count(), null) : HIDDEN);
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
        Tabulation tabulation = new Tabulation(smallNumbers);
        Map<String, Map<Integer, Tally>> ratings = new HashMap<>();
        query.againstRatings()
                .forEach(r -> ratings.computeIfAbsent(r.themeId() + ":" + r.position(), k -> new TreeMap<>())
                        .put(r.value(), new Tally(r.interviews(), r.keySum())));
        List<Row> rows = new ArrayList<>();
        for (Theme theme : themes.findAll()) {
            List<Cell> cells = new ArrayList<>();
            for (RatingColumn statement : statements) {
                Tabulation.Mean mean =
                        tabulation.mean(ratings.getOrDefault(theme.getId() + ":" + statement.position(), Map.of()));
                cells.add(mean.shown() ? new Cell(false, mean.n().count(), mean.value()) : HIDDEN);
            }
            rows.add(new Row(theme.getName(), cells));
        }
        return new AgainstRatings(statements, rows);
    }

    /** The suppression threshold, for the page's explanation. */
    public int suppressionThreshold() {
        return smallNumbers.minimum();
    }

    private Caller analyst() {
        return callerContext.require(Role.QA_ANALYST);
    }
}
