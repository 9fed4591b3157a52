package org.heard.application.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.organisation.TeamRepository;
import org.heard.domain.model.quality.ExportGeneralisation;
import org.heard.domain.model.quality.ExportGeneralisation.Combination;
import org.heard.domain.model.quality.NameRedaction;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.SmallNumbers;

/**
 * The de-identified export for quality-assurance analysts: one row per submitted
 * interview of their organisation, without names, references or interviewers, each
 * with an id drawn at random for this export alone, its free text with the recorded
 * names taken out, and its period, team, mode and interviewer kind generalised so that
 * every combination is shared by at least the suppression threshold of rows
 * ({@link ExportGeneralisation}) of the period; a team, mode or kind of interviewer then
 * chooses among those rows by what they show. Rows are read in batches in an order random for each
 * export, so that memory does not grow with the number of interviews and the row order
 * says nothing about when an interview took place. Every export is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeidentifiedExportService {

    /** Interviews read per round trip. */
    static final int BATCH = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private QaDashboardService dashboards;

    @Inject
    private DashboardQuery query;

    @Inject
    private TeamRepository teams;

    @Inject
    private SmallNumbers smallNumbers;

    @Inject
    private AuditTrail audit;

    /**
     * One exported row. Names never reach it: the words are already redacted.
     *
     * @param exportId random for this export; never the interview's reference or id
     * @param answers the ratings and words by column name ({@link ExportColumn#name()});
     *     a column the interview did not answer (or whose script it did not follow) is absent
     * @param themes the distinct theme names, sorted
     */
    public record Row(
            String exportId,
            String period,
            String team,
            String mode,
            String kind,
            Map<String, String> answers,
            List<String> themes) {}

    /**
     * The answer columns of the export for the filter: one per rating statement and one
     * per free-text question of every script version that an interview of the period
     * followed (wide format: one row per interview). A question keeps one column across
     * the versions of its script, by its number; the column lists each version's title.
     * Ratings come first, then words, each in the order of script and question.
     */
    public List<ExportColumn> columns(DashboardFilter filter) {
        dashboards.analyst();
        Map<String, ExportColumn.Builder> columns = new LinkedHashMap<>();
        for (DashboardQuery.ExportedQuestion question : query.questionsOf(period(filter))) {
            columns.computeIfAbsent(
                            ExportColumn.name(question.scriptCode(), question.question(), question.position()),
                            name -> new ExportColumn.Builder(
                                    name, question.scriptCode(), question.question(), question.position()))
                    .version(question.scriptTitle(), question.version(), question.title());
        }
        List<ExportColumn> all =
                columns.values().stream().map(ExportColumn.Builder::build).toList();
        List<ExportColumn> ordered = new ArrayList<>();
        all.stream().filter(ExportColumn::rating).sorted(ExportColumn.ORDER).forEach(ordered::add);
        all.stream().filter(c -> !c.rating()).sorted(ExportColumn.ORDER).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /**
     * Streams the export for the filter to {@code sink}, one row at a time. The export
     * is audited before the first row is read.
     * The audit event is committed in a transaction of its own before any row is
     * read; the rows are then read outside any transaction, so that the export never
     * holds the organisation's audit chain (which every audited write, such as an
     * autosave, takes in turn) for the time it takes to stream.
     *
     * @return how many rows were written
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long export(DashboardFilter filter, Consumer<Row> sink) {
        Caller caller = dashboards.analyst();
        // The plan is made over every interview of the period, whatever the team, mode and
        // kind chosen, and those filters then choose among the generalised rows by what the
        // rows show: so every row is the same in every export of the period, and comparing
        // exports of different filters tells nothing about a row that the row does not show.
        DashboardFilter period = period(filter);
        ExportGeneralisation plan = plan(period);
        audit.record(QualityEvents.deidentifiedExported(caller, filter, plan.dropped()));
        Map<Long, String> teamNames = teams.findAll().stream().collect(Collectors.toMap(Team::getId, Team::getName));
        long multiplier = 1 + Math.floorMod(RANDOM.nextLong(), DashboardQuery.ORDER_MODULUS - 1);
        long offset = Math.floorMod(RANDOM.nextLong(), DashboardQuery.ORDER_MODULUS);
        ExportIds exportIds = new ExportIds(RANDOM);
        long written = 0;
        Long after = null;
        while (true) {
            List<DashboardQuery.ExportedInterview> batch = query.exportBatch(period, multiplier, offset, after, BATCH);
            if (batch.isEmpty()) {
                return written;
            }
            List<Long> ids =
                    batch.stream().map(DashboardQuery.ExportedInterview::id).toList();
            Map<Long, Map<String, String>> ratings = new HashMap<>();
            for (DashboardQuery.ExportedAnswer rating : query.ratingsOf(ids)) {
                ratings.computeIfAbsent(rating.interviewId(), k -> new HashMap<>())
                        .put(
                                ExportColumn.name(rating.scriptCode(), rating.question(), rating.position()),
                                rating.text());
            }
            Map<Long, Map<String, String>> words = new HashMap<>();
            for (DashboardQuery.ExportedAnswer answer : query.answersOf(ids)) {
                words.computeIfAbsent(answer.interviewId(), k -> new HashMap<>())
                        .put(ExportColumn.name(answer.scriptCode(), answer.question(), 0), answer.text());
            }
            Map<Long, TreeSet<String>> themes = new HashMap<>();
            for (DashboardQuery.ExportedValue theme : query.themesOf(ids)) {
                themes.computeIfAbsent(theme.interviewId(), k -> new TreeSet<>())
                        .add(theme.text());
            }
            for (DashboardQuery.ExportedInterview interview : batch) {
                Optional<Combination> exported = plan.apply(combination(interview));
                if (exported.isEmpty()) {
                    continue;
                }
                Combination c = exported.get();
                if (!chosen(filter, c)) {
                    continue;
                }
                NameRedaction redaction = NameRedaction.of(interview.respondentName(), interview.socialWorkerName());
                Map<String, String> answers = new HashMap<>(ratings.getOrDefault(interview.id(), Map.of()));
                if (!interview.anonymised()) {
                    // Anonymised by retention: the names are gone, so the words could not be redacted.
                    words.getOrDefault(interview.id(), Map.of())
                            .forEach((column, text) -> answers.put(column, redaction.redact(text)));
                }
                sink.accept(new Row(
                        exportIds.next(),
                        c.period(),
                        c.team().equals(ExportGeneralisation.WITHHELD)
                                ? c.team()
                                : teamNames.getOrDefault(id(c.team()), ""),
                        c.mode(),
                        c.kind(),
                        answers,
                        new ArrayList<>(themes.getOrDefault(interview.id(), new TreeSet<>()))));
                written++;
            }
            if (batch.size() < BATCH) {
                return written;
            }
            after = batch.get(batch.size() - 1).orderKey();
        }
    }

    /** The filter's period alone. */
    private static DashboardFilter period(DashboardFilter filter) {
        return new DashboardFilter(filter.from(), filter.to(), null, null, null);
    }

    /**
     * Whether a generalised row is one the filter chose, by what the row shows: a row whose
     * team (or mode, or kind of interviewer) is withheld is in no export filtered by it.
     */
    static boolean chosen(DashboardFilter filter, Combination row) {
        return (filter.teamId() == null || row.team().equals(teamKey(filter.teamId())))
                && (filter.mode() == null || row.mode().equals(filter.mode().name()))
                && (filter.kind() == null || row.kind().equals(filter.kind().name()));
    }

    private ExportGeneralisation plan(DashboardFilter filter) {
        Map<Combination, Long> counts = new HashMap<>();
        for (DashboardQuery.CombinationCount count : query.combinations(filter)) {
            counts.merge(
                    new Combination(
                            new Quarter(count.year(), count.quarter()).label(),
                            teamKey(count.teamId()),
                            count.mode(),
                            count.kind()),
                    count.interviews(),
                    Long::sum);
        }
        return ExportGeneralisation.plan(smallNumbers, counts);
    }

    private static Combination combination(DashboardQuery.ExportedInterview interview) {
        return new Combination(
                new Quarter(interview.year(), interview.quarter()).label(),
                teamKey(interview.teamId()),
                interview.mode(),
                interview.kind());
    }

    /** A team in a combination: its id as text (names are looked up when written), or empty for none. */
    private static String teamKey(Long teamId) {
        return teamId == null ? "" : "#" + teamId;
    }

    private static Long id(String teamKey) {
        return teamKey.isEmpty() ? null : Long.valueOf(teamKey.substring(1));
    }

    /**
     * The export's row ids: 12 hexadecimal digits, a bijective mix (add, multiply by an
     * odd number, xor-shift, modulo 2^48) of the row's number with keys drawn for this
     * export, so that ids are unique within the export without remembering them, and
     * unrelated to the interview's reference, id or the ids of any other export.
     */
    static final class ExportIds {

        private static final long MASK = (1L << 48) - 1;

        private final long add;
        private final long multiply;
        private final long multiplyAgain;
        private long row;

        ExportIds(SecureRandom random) {
            add = random.nextLong() & MASK;
            multiply = (random.nextLong() & MASK) | 1;
            multiplyAgain = (random.nextLong() & MASK) | 1;
        }

        String next() {
            long v = (row++ + add) & MASK;
            v = (v * multiply) & MASK;
            v ^= v >>> 24;
            v = (v * multiplyAgain) & MASK;
            v ^= v >>> 24;
            return String.format("%012x", v);
        }
    }
}
