package org.heard.domain.model.quality;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Small-number suppression for the rows of the de-identified export. Every row carries
 * a combination of period, team, mode and interviewer kind; a combination that fewer
 * interviews than the threshold share could single a family out, so rows are
 * generalised, step by step, until every combination in the export is shared by at
 * least the threshold number of rows:
 *
 * <ol>
 *   <li>as recorded: quarter, team, mode, interviewer kind;
 *   <li>the team withheld ({@link #WITHHELD});
 *   <li>the quarter widened to its year;
 *   <li>mode and interviewer kind withheld too;
 *   <li>still too few: the rows are left out of the export.
 * </ol>
 *
 * At each step only the rows that did not reach the threshold at the step before are
 * counted together, so every combination that the export finally holds is shared by at
 * least the threshold number of rows. The plan is built from the counts of the
 * combinations (one SQL GROUP BY), never from the rows, so the export can then be
 * streamed.
 */
public final class ExportGeneralisation {

    /** What a withheld value is written as. */
    public static final String WITHHELD = "*";

    /** A row's quasi-identifying values. {@code period} is a quarter ("2026-Q1") or a year ("2026"). */
    public record Combination(String period, String team, String mode, String kind) {

        Combination generalised(int step) {
            return switch (step) {
                case 1 -> new Combination(period, WITHHELD, mode, kind);
                case 2 -> new Combination(year(period), WITHHELD, mode, kind);
                case 3 -> new Combination(year(period), WITHHELD, WITHHELD, WITHHELD);
                default -> throw new IllegalArgumentException("No such step " + step);
            };
        }

        private static String year(String period) {
            int dash = period.indexOf('-');
            return dash < 0 ? period : period.substring(0, dash);
        }
    }

    private static final int STEPS = 3;

    private final Map<Combination, Combination> plan;
    private final long dropped;

    private ExportGeneralisation(Map<Combination, Combination> plan, long dropped) {
        this.plan = plan;
        this.dropped = dropped;
    }

    /** The plan for an export whose rows have these combinations, with how many rows each. */
    public static ExportGeneralisation plan(SmallNumbers rule, Map<Combination, Long> counts) {
        Map<Combination, Combination> plan = new HashMap<>();
        // The rows still to place, by the combination they started with and the one they have reached.
        Map<Combination, Combination> pending = new LinkedHashMap<>();
        for (Map.Entry<Combination, Long> entry : counts.entrySet()) {
            if (entry.getValue() <= 0) {
                continue;
            }
            if (rule.shows(entry.getValue())) {
                plan.put(entry.getKey(), entry.getKey());
            } else {
                pending.put(entry.getKey(), entry.getKey());
            }
        }
        for (int step = 1; step <= STEPS && !pending.isEmpty(); step++) {
            Map<Combination, Long> reached = new HashMap<>();
            Map<Combination, Combination> next = new LinkedHashMap<>();
            for (Map.Entry<Combination, Combination> entry : pending.entrySet()) {
                Combination wider = entry.getKey().generalised(step);
                next.put(entry.getKey(), wider);
                reached.merge(wider, counts.get(entry.getKey()), Long::sum);
            }
            pending = new LinkedHashMap<>();
            for (Map.Entry<Combination, Combination> entry : next.entrySet()) {
                if (rule.shows(reached.get(entry.getValue()))) {
                    plan.put(entry.getKey(), entry.getValue());
                } else {
                    pending.put(entry.getKey(), entry.getValue());
                }
            }
        }
        long dropped = pending.keySet().stream().mapToLong(counts::get).sum();
        return new ExportGeneralisation(Map.copyOf(plan), dropped);
    }

    /** What a row with this combination is exported as, or empty when it is left out. */
    public Optional<Combination> apply(Combination recorded) {
        return Optional.ofNullable(plan.get(recorded));
    }

    /** How many rows the plan leaves out. */
    public long dropped() {
        return dropped;
    }
}
