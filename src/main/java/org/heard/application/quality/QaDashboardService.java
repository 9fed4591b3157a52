package org.heard.application.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.application.shared.ClockProducer;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.organisation.TeamRepository;
import org.heard.domain.model.quality.DashboardFilterException;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.ReportingPeriod;
import org.heard.domain.model.quality.SmallNumbers;
import org.heard.domain.model.quality.Tabulation;
import org.heard.domain.model.quality.Tabulation.Tally;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;

/**
 * The quality-assurance analysts' dashboard of their own organisation: interviews by
 * month, mode, interviewer kind and team; each Q2 statement's ratings by team and by
 * quarter; and the glossary definitions opened. The database does the counting (a
 * fixed number of GROUP BY queries, whatever the number of interviews) and adds up the
 * record keys of what it counts; every figure then goes through {@link Tabulation}'s
 * cell-key perturbation and small-number suppression.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QaDashboardService {

    /** The longest period a dashboard or export covers: ten years of months. */
    public static final int MAX_MONTHS = 120;

    @Inject
    private CallerContext callerContext;

    @Inject
    private DashboardQuery query;

    @Inject
    private TeamRepository teams;

    @Inject
    private ScriptRepository scripts;

    @Inject
    private SmallNumbers smallNumbers;

    @Inject
    private Clock clock;

    /**
     * The filter from what the analyst typed: a month ("2026-03") or a quarter
     * ("2026-Q1") to start and end with, and optionally a team of the organisation.
     *
     * @throws DashboardFilterException with the message key of the first problem
     */
    public DashboardFilter filter(String from, String to, Long teamId, InterviewMode mode, InterviewerKind kind) {
        analyst();
        ReportingPeriod first = ReportingPeriod.parse(from, "from");
        ReportingPeriod last = ReportingPeriod.parse(to, "to");
        if (first.first().isAfter(last.last())) {
            throw new DashboardFilterException("qa.dashboard.error.order", "to");
        }
        if (first.first().plusMonths(MAX_MONTHS).isBefore(last.last().plusMonths(1))) {
            throw new DashboardFilterException("qa.dashboard.error.too-long");
        }
        if (teamId != null && teams.find(teamId).isEmpty()) {
            throw new DashboardFilterException("qa.dashboard.error.team", "team");
        }
        return new DashboardFilter(first.first(), last.last(), teamId, mode, kind);
    }

    /** The default period: the current quarter and the three before it. */
    public String[] defaultPeriod() {
        YearMonth now = YearMonth.now(clock.withZone(ClockProducer.ZONE));
        Quarter current = Quarter.of(now);
        Quarter first = current.previous().previous().previous();
        return new String[] {first.label(), current.label()};
    }

    /** The organisation's teams, for the filter. */
    public List<Team> teams() {
        analyst();
        return teams.findAll();
    }

    /** The suppression threshold, for the pages' explanations. */
    public int suppressionThreshold() {
        analyst();
        return smallNumbers.minimum();
    }

    /** Today in the application's time zone, for the names of downloads. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }

    /** The dashboard for the filter. */
    public Dashboard dashboard(DashboardFilter filter) {
        analyst();
        Map<Long, String> organisationTeams = new LinkedHashMap<>();
        for (Team team : teams.findAll()) {
            organisationTeams.put(team.getId(), team.getName());
        }
        List<DashboardQuery.RatingCount> ratings = query.ratingCounts(filter);
        return assemble(
                smallNumbers,
                filter,
                organisationTeams,
                query.interviewCounts(filter),
                ratings,
                query.definitionCounts(filter),
                statementTexts(ratings));
    }

    /**
     * Builds the dashboard from the database's counts; every figure goes through
     * {@link Tabulation}. Kept apart from the queries so that tests can feed it any
     * counts.
     */
    static Dashboard assemble(
            SmallNumbers smallNumbers,
            DashboardFilter filter,
            Map<Long, String> organisationTeams,
            List<DashboardQuery.InterviewCount> interviewCounts,
            List<DashboardQuery.RatingCount> ratingCounts,
            List<DashboardQuery.DefinitionCount> definitionCounts,
            Map<String, String> texts) {
        Tabulation tabulation = new Tabulation(smallNumbers);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<String> quarters = new ArrayList<>();
        for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
            String q = Quarter.of(m).label();
            if (!quarters.contains(q)) {
                quarters.add(q);
            }
        }

        Map<YearMonth, Tally> byMonth = new HashMap<>();
        Map<String, Tally> byMode = new HashMap<>();
        Map<String, Tally> byKind = new HashMap<>();
        Map<Long, Tally> byTeam = new HashMap<>();
        for (DashboardQuery.InterviewCount count : interviewCounts) {
            Tally tally = new Tally(count.interviews(), count.keySum());
            byMonth.merge(YearMonth.of(count.year(), count.month()), tally, Tally::plus);
            byMode.merge(count.mode(), tally, Tally::plus);
            byKind.merge(count.kind(), tally, Tally::plus);
            byTeam.merge(count.teamId() == null ? 0L : count.teamId(), tally, Tally::plus);
        }
        List<String> modeNames = Arrays.stream(InterviewMode.values())
                .filter(m -> filter.mode() == null || filter.mode() == m)
                .map(Enum::name)
                .toList();
        List<String> kindNames = Arrays.stream(InterviewerKind.values())
                .filter(k -> filter.kind() == null || filter.kind() == k)
                .map(Enum::name)
                .toList();
        Map<Long, String> teamNames = new LinkedHashMap<>();
        organisationTeams.forEach((id, name) -> {
            if (filter.teamId() == null || filter.teamId().equals(id)) {
                teamNames.put(id, name);
            }
        });
        if (filter.teamId() == null && byTeam.containsKey(0L)) {
            teamNames.put(0L, "");
        }

        // Ratings: one distribution per statement and team, and per statement and quarter.
        Map<String, Tally[]> ratingsByTeam = new HashMap<>();
        Map<String, Tally[]> ratingsByQuarter = new HashMap<>();
        TreeSet<String> statementKeys = new TreeSet<>();
        for (DashboardQuery.RatingCount count : ratingCounts) {
            String statement = key(count.scriptCode(), count.question(), count.position());
            statementKeys.add(statement);
            long team = count.teamId() == null ? 0L : count.teamId();
            Tally tally = new Tally(count.ratings(), count.keySum());
            Tally[] byTeamRow = ratingsByTeam.computeIfAbsent(statement + "/" + team, k -> noRatings());
            byTeamRow[count.value() - 1] = byTeamRow[count.value() - 1].plus(tally);
            Tally[] byQuarterRow = ratingsByQuarter.computeIfAbsent(
                    statement + "/" + new Quarter(count.year(), count.quarter()).label(), k -> noRatings());
            byQuarterRow[count.value() - 1] = byQuarterRow[count.value() - 1].plus(tally);
        }
        statementKeys.addAll(texts.keySet());
        List<Dashboard.Statement> statements = new ArrayList<>();
        for (String statement : statementKeys) {
            List<String> teamLabels = new ArrayList<>();
            List<Tally[]> teamCounts = new ArrayList<>();
            teamNames.forEach((id, name) -> {
                teamLabels.add(name);
                teamCounts.add(ratingsByTeam.getOrDefault(statement + "/" + id, noRatings()));
            });
            List<Tally[]> quarterCounts = quarters.stream()
                    .map(q -> ratingsByQuarter.getOrDefault(statement + "/" + q, noRatings()))
                    .toList();
            List<List<Tabulation.Distribution>> tables = tabulation.distributions(teamCounts, quarterCounts);
            String[] parts = statement.split("/");
            statements.add(new Dashboard.Statement(
                    parts[1],
                    Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3]),
                    texts.getOrDefault(statement, ""),
                    groups(teamLabels, tables.get(0)),
                    groups(quarters, tables.get(1))));
        }

        // Glossary: openings by term and quarter, shown when the perturbed number of interviews
        // that opened it reaches the threshold; the openings are perturbed with the same cell key.
        Map<String, Map<String, DashboardQuery.DefinitionCount>> uses = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (DashboardQuery.DefinitionCount count : definitionCounts) {
            uses.computeIfAbsent(count.term(), t -> new HashMap<>())
                    .put(new Quarter(count.year(), count.quarter()).label(), count);
        }
        List<Dashboard.TermUse> terms = new ArrayList<>();
        uses.forEach((term, byQuarter) -> terms.add(new Dashboard.TermUse(
                term,
                quarters.stream()
                        .map(q -> {
                            DashboardQuery.DefinitionCount c = byQuarter.get(q);
                            if (c == null) {
                                return new Tabulation.Cell(0, false);
                            }
                            long interviews = new Tally(c.interviews(), c.keySum()).perturbed();
                            long openings = new Tally(c.openings(), c.keySum()).perturbed();
                            return new Tabulation.Cell(openings, smallNumbers.shows(interviews));
                        })
                        .toList())));

        return new Dashboard(
                smallNumbers.minimum(),
                months.stream().map(QaDashboardService::label).toList(),
                tabulation.row(months.stream()
                        .map(m -> byMonth.getOrDefault(m, Tally.NONE))
                        .toList()),
                modeNames,
                tabulation.row(modeNames.stream()
                        .map(m -> byMode.getOrDefault(m, Tally.NONE))
                        .toList()),
                kindNames,
                tabulation.row(kindNames.stream()
                        .map(k -> byKind.getOrDefault(k, Tally.NONE))
                        .toList()),
                List.copyOf(teamNames.values()),
                tabulation.row(teamNames.keySet().stream()
                        .map(t -> byTeam.getOrDefault(t, Tally.NONE))
                        .toList()),
                quarters,
                statements,
                terms);
    }

    Caller analyst() {
        return callerContext.require(Role.QA_ANALYST);
    }

    private static List<Dashboard.Group> groups(List<String> labels, List<Tabulation.Distribution> distributions) {
        List<Dashboard.Group> groups = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            groups.add(new Dashboard.Group(labels.get(i), distributions.get(i)));
        }
        return groups;
    }

    /**
     * Statement texts of the current version of the parents' and carers' script and of
     * every other script rated in the period, by script, question and position.
     */
    private Map<String, String> statementTexts(List<DashboardQuery.RatingCount> ratings) {
        java.util.Set<String> codes = new java.util.TreeSet<>();
        codes.add(Script.DEFAULT_CODE);
        ratings.forEach(r -> codes.add(r.scriptCode()));
        Map<String, String> texts = new HashMap<>();
        for (String code : codes) {
            scripts.findCurrent(code).ifPresent(script -> {
                for (Question question : script.getQuestions()) {
                    for (RatingStatement statement : question.getRatingStatements()) {
                        texts.put(key(code, question.getNumber(), statement.getPosition()), statement.getText());
                    }
                }
            });
        }
        return texts;
    }

    private static Tally[] noRatings() {
        return new Tally[] {Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE, Tally.NONE};
    }

    private static String label(YearMonth month) {
        return month.toString();
    }

    /** A statement's key, sorting the parents' and carers' script first, then by code, question and position. */
    private static String key(String scriptCode, int questionNumber, int position) {
        return (Script.DEFAULT_CODE.equals(scriptCode) ? "0" : "1") + "/" + scriptCode + "/"
                + String.format("%03d/%03d", questionNumber, position);
    }
}
