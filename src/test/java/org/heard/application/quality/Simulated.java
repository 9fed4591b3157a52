package org.heard.application.quality;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One simulated submitted interview of the property tests, with what the dashboard's
 * GROUP BY queries return for a list of them (counts and sums of record keys).
 */
record Simulated(YearMonth month, Long teamId, String mode, String kind, int[] ratings, List<String> terms, int key) {

    /** Whether the filter counts this interview. */
    boolean matches(DashboardFilter filter) {
        return !month.isBefore(filter.from())
                && !month.isAfter(filter.to())
                && (filter.teamId() == null || filter.teamId().equals(teamId))
                && (filter.mode() == null || filter.mode().name().equals(mode))
                && (filter.kind() == null || filter.kind().name().equals(kind));
    }

    /** What the dashboard's GROUP BY of interviews returns for these interviews. */
    static List<DashboardQuery.InterviewCount> interviewCounts(List<Simulated> selected) {
        Map<List<Object>, long[]> groups = new HashMap<>();
        for (Simulated d : selected) {
            long[] c = groups.computeIfAbsent(
                    java.util.Arrays.asList(d.month(), d.mode(), d.kind(), d.teamId()), k -> new long[2]);
            c[0]++;
            c[1] += d.key();
        }
        List<DashboardQuery.InterviewCount> counts = new ArrayList<>();
        groups.forEach((key, n) -> {
            YearMonth month = (YearMonth) key.get(0);
            counts.add(new DashboardQuery.InterviewCount(
                    month.getYear(),
                    month.getMonthValue(),
                    (String) key.get(1),
                    (String) key.get(2),
                    (Long) key.get(3),
                    n[0],
                    n[1]));
        });
        return counts;
    }

    /** What the GROUP BY of ratings returns: by team, quarter, statement and value. */
    static List<DashboardQuery.RatingCount> ratingCounts(List<Simulated> selected) {
        Map<List<Object>, long[]> groups = new HashMap<>();
        for (Simulated d : selected) {
            for (int s = 0; s < 5; s++) {
                if (d.ratings()[s] > 0) {
                    long[] c = groups.computeIfAbsent(
                            java.util.Arrays.asList(
                                    d.teamId(),
                                    d.month().getYear(),
                                    (d.month().getMonthValue() - 1) / 3 + 1,
                                    s + 1,
                                    d.ratings()[s]),
                            k -> new long[2]);
                    c[0]++;
                    c[1] += d.key();
                }
            }
        }
        List<DashboardQuery.RatingCount> counts = new ArrayList<>();
        groups.forEach((key, n) -> counts.add(new DashboardQuery.RatingCount(
                org.heard.domain.model.script.Script.DEFAULT_CODE,
                (Long) key.get(0),
                (Integer) key.get(1),
                (Integer) key.get(2),
                2,
                (Integer) key.get(3),
                (Integer) key.get(4),
                n[0],
                n[1])));
        return counts;
    }

    /** What the GROUP BY of definitions opened returns: by term and quarter. */
    static List<DashboardQuery.DefinitionCount> definitionCounts(List<Simulated> selected) {
        Map<List<Object>, long[]> groups = new HashMap<>();
        for (Simulated d : selected) {
            for (String term : d.terms()) {
                long[] c = groups.computeIfAbsent(
                        java.util.Arrays.asList(
                                term, d.month().getYear(), (d.month().getMonthValue() - 1) / 3 + 1),
                        k -> new long[3]);
                c[0] += 2; // each interview opened it twice
                c[1] += 1;
                c[2] += d.key();
            }
        }
        List<DashboardQuery.DefinitionCount> counts = new ArrayList<>();
        groups.forEach((key, c) -> counts.add(new DashboardQuery.DefinitionCount(
                (String) key.get(0), (Integer) key.get(1), (Integer) key.get(2), c[0], c[1], c[2])));
        return counts;
    }
}
