package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.heard.application.quality.DashboardFilter;
import org.heard.application.quality.DashboardQuery;
import org.heard.domain.model.interview.Interview;

/**
 * The dashboard's and the export's reads in SQL, aggregated by the database, always
 * within the caller's organisation. Only submitted interviews count; withdrawn ones
 * (whose status is then {@code WITHDRAWN}) and those erased by retention never do;
 * those anonymised by retention keep their ratings and count.
 */
@ApplicationScoped
public class JpaDashboardQuery extends OrganisationScopedRepository<Interview> implements DashboardQuery {

    private static final String COUNTED = " i.organisation_id = ? AND i.status = 'SUBMITTED'"
            + " AND (i.retention_action IS NULL OR i.retention_action = 'ANONYMISE')"
            + " AND i.submitted_at >= ? AND i.submitted_at < ?";

    private static final String ORDER_KEY = "MOD(i.id * ? + ?, " + ORDER_MODULUS + ")";

    public JpaDashboardQuery() {
        super(Interview.class);
    }

    @Override
    public List<InterviewCount> interviewCounts(DashboardFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT YEAR(" + UkTime.SUBMITTED + "), MONTH(" + UkTime.SUBMITTED
                + "), i.mode, i.interviewer_kind, i.team_id,"
                + " COUNT(*), SUM(i.record_key) FROM interview i WHERE" + counted(filter, parameters)
                + " GROUP BY YEAR(" + UkTime.SUBMITTED + "), MONTH(" + UkTime.SUBMITTED
                + "), i.mode, i.interviewer_kind, i.team_id";
        return rows(sql, parameters).stream()
                .map(row -> new InterviewCount(
                        integer(row[0]),
                        integer(row[1]),
                        (String) row[2],
                        (String) row[3],
                        id(row[4]),
                        number(row[5]),
                        number(row[6])))
                .toList();
    }

    @Override
    public List<RatingCount> ratingCounts(DashboardFilter filter) {
        // Counted by statement from the two covering indexes alone (no join to the script);
        // the few statements are then placed by question and position, and the counts of
        // statements that share a place (in different versions of the script) are added up.
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT i.team_id, " + UkTime.SUBMITTED_YEAR_QUARTER
                + ", r.statement_id, r.value, COUNT(*), SUM(i.record_key) FROM interview i"
                + " JOIN answer_rating r ON r.interview_id = i.id"
                + " WHERE" + counted(filter, parameters) + " AND r.value IS NOT NULL"
                + " GROUP BY i.team_id, " + UkTime.SUBMITTED_YEAR_QUARTER
                + ", r.statement_id, r.value";
        List<Object[]> counts = rows(sql, parameters);
        Map<Long, Object[]> places = statementPlaces(
                counts.stream().map(row -> number(row[3])).collect(Collectors.toCollection(TreeSet::new)));
        Map<RatingCount, long[]> merged = new LinkedHashMap<>();
        for (Object[] row : counts) {
            Object[] place = places.get(number(row[3]));
            if (place == null) {
                continue;
            }
            RatingCount key = new RatingCount(
                    (String) place[0],
                    id(row[0]),
                    integer(row[1]),
                    integer(row[2]),
                    (Integer) place[1],
                    (Integer) place[2],
                    integer(row[4]),
                    0,
                    0);
            long[] sums = merged.computeIfAbsent(key, k -> new long[2]);
            sums[0] += number(row[5]);
            sums[1] += number(row[6]);
        }
        return merged.entrySet().stream()
                .map(e -> new RatingCount(
                        e.getKey().scriptCode(),
                        e.getKey().teamId(),
                        e.getKey().year(),
                        e.getKey().quarter(),
                        e.getKey().question(),
                        e.getKey().position(),
                        e.getKey().value(),
                        e.getValue()[0],
                        e.getValue()[1]))
                .toList();
    }

    /** Statement id → {script code, question number, position} of rating statements of questions of ratings. */
    private Map<Long, Object[]> statementPlaces(Collection<Long> statementIds) {
        if (statementIds.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT s.id, sc.code, q.number, s.position FROM script_rating_statement s"
                + " JOIN script_question q ON q.id = s.question_id"
                + " JOIN script sc ON sc.id = q.script_id"
                + " WHERE q.kind = 'RATINGS' AND s.id IN ("
                + String.join(", ", Collections.nCopies(statementIds.size(), "?")) + ")";
        Map<Long, Object[]> places = new HashMap<>();
        for (Object[] row : rows(sql, new ArrayList<>(statementIds))) {
            places.put(number(row[0]), new Object[] {(String) row[1], integer(row[2]), integer(row[3])});
        }
        return places;
    }

    @Override
    public List<DefinitionCount> definitionCounts(DashboardFilter filter) {
        List<Object> parameters = new ArrayList<>();
        // Per interview first (its openings of each term), so that each interview's record
        // key is added once to the term's sum however often it opened the definition.
        String perInterview =
                "SELECT t.term AS term, YEAR(" + UkTime.SUBMITTED + ") AS y, QUARTER(" + UkTime.SUBMITTED + ") AS q,"
                        + " COUNT(*) AS openings, i.record_key AS record_key FROM interview i"
                        + " JOIN definition_opened d ON d.interview_id = i.id"
                        + " JOIN glossary_definition g ON g.id = d.definition_id"
                        + " JOIN glossary_term t ON t.id = g.term_id"
                        + " WHERE" + counted(filter, parameters)
                        + " GROUP BY t.term, i.id, i.record_key, " + UkTime.SUBMITTED_YEAR_QUARTER;
        String sql = "SELECT o.term, o.y, o.q, SUM(o.openings), COUNT(*), SUM(o.record_key) FROM (" + perInterview
                + ") o GROUP BY o.term, o.y, o.q";
        return rows(sql, parameters).stream()
                .map(row -> new DefinitionCount(
                        (String) row[0],
                        integer(row[1]),
                        integer(row[2]),
                        number(row[3]),
                        number(row[4]),
                        number(row[5])))
                .toList();
    }

    @Override
    public List<CombinationCount> combinations(DashboardFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT " + UkTime.SUBMITTED_YEAR_QUARTER
                + ", i.team_id, i.mode, i.interviewer_kind,"
                + " COUNT(*) FROM interview i WHERE" + counted(filter, parameters)
                + " GROUP BY " + UkTime.SUBMITTED_YEAR_QUARTER
                + ", i.team_id, i.mode, i.interviewer_kind";
        return rows(sql, parameters).stream()
                .map(row -> new CombinationCount(
                        integer(row[0]), integer(row[1]), id(row[2]), (String) row[3], (String) row[4], number(row[5])))
                .toList();
    }

    @Override
    public List<ExportedInterview> exportBatch(
            DashboardFilter filter, long multiplier, long offset, Long afterKey, int size) {
        List<Object> parameters = new ArrayList<>(List.of(multiplier, offset));
        String sql = "SELECT i.id, " + ORDER_KEY + " AS order_key, " + UkTime.SUBMITTED_YEAR_QUARTER + ","
                + " i.team_id, i.mode, i.interviewer_kind, i.respondent_name, i.social_worker_name,"
                + " i.retention_action FROM interview i WHERE" + counted(filter, parameters);
        if (afterKey != null) {
            sql += " AND " + ORDER_KEY + " > ?";
            parameters.add(multiplier);
            parameters.add(offset);
            parameters.add(afterKey);
        }
        sql += " ORDER BY order_key";
        Query query = nativeQuery(sql, parameters).setMaxResults(size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new ExportedInterview(
                        number(row[0]),
                        number(row[1]),
                        integer(row[2]),
                        integer(row[3]),
                        id(row[4]),
                        (String) row[5],
                        (String) row[6],
                        (String) row[7],
                        (String) row[8],
                        row[9] != null))
                .toList();
    }

    @Override
    public List<ExportedQuestion> questionsOf(DashboardFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT s.code, s.title, s.version, q.number, COALESCE(rs.position, 0),"
                + " COALESCE(rs.text, q.title) FROM script s"
                + " JOIN script_question q ON q.script_id = s.id"
                + " LEFT JOIN script_rating_statement rs ON rs.question_id = q.id AND q.kind = 'RATINGS'"
                + " WHERE (q.kind = 'FREE_TEXT' OR rs.id IS NOT NULL)"
                + " AND s.id IN (SELECT DISTINCT i.script_id FROM interview i WHERE" + counted(filter, parameters)
                + ") ORDER BY s.code, s.version, q.number, 5";
        return rows(sql, parameters).stream()
                .map(row -> new ExportedQuestion(
                        (String) row[0],
                        (String) row[1],
                        integer(row[2]),
                        integer(row[3]),
                        integer(row[4]),
                        text(row[5])))
                .toList();
    }

    @Override
    public List<ExportedAnswer> ratingsOf(Collection<Long> interviewIds) {
        return answers(
                "SELECT r.interview_id, sc.code, q.number, s.position, r.value FROM answer_rating r"
                        + " JOIN interview i ON i.id = r.interview_id"
                        + " JOIN script_rating_statement s ON s.id = r.statement_id"
                        + " JOIN script_question q ON q.id = s.question_id"
                        + " JOIN script sc ON sc.id = q.script_id"
                        + " WHERE i.organisation_id = ? AND q.kind = 'RATINGS' AND r.value IS NOT NULL"
                        + " AND r.interview_id IN ",
                interviewIds);
    }

    @Override
    public List<ExportedAnswer> answersOf(Collection<Long> interviewIds) {
        return answers(
                "SELECT a.interview_id, sc.code, q.number, 0, a.text FROM answer a"
                        + " JOIN interview i ON i.id = a.interview_id"
                        + " JOIN script_question q ON q.id = a.question_id"
                        + " JOIN script sc ON sc.id = q.script_id"
                        + " WHERE i.organisation_id = ? AND q.kind = 'FREE_TEXT' AND a.declined = FALSE"
                        + " AND a.text IS NOT NULL AND a.interview_id IN ",
                interviewIds);
    }

    private List<ExportedAnswer> answers(String sqlUpToIn, Collection<Long> interviewIds) {
        return ofInterviews(sqlUpToIn, interviewIds).stream()
                .map(row -> new ExportedAnswer(
                        number(row[0]), (String) row[1], integer(row[2]), integer(row[3]), text(row[4])))
                .toList();
    }

    @Override
    public List<ExportedValue> themesOf(Collection<Long> interviewIds) {
        return values(
                "SELECT DISTINCT g.interview_id, 0, t.name FROM qa_theme_tag g"
                        + " JOIN qa_theme t ON t.id = g.theme_id AND t.organisation_id = g.organisation_id"
                        + " WHERE g.organisation_id = ? AND g.interview_id IN ",
                interviewIds);
    }

    private List<ExportedValue> values(String sqlUpToIn, Collection<Long> interviewIds) {
        return ofInterviews(sqlUpToIn, interviewIds).stream()
                .map(row -> new ExportedValue(number(row[0]), integer(row[1]), text(row[2])))
                .toList();
    }

    /**
     * The rows of {@code sqlUpToIn}, which ends with {@code … organisation_id = ? AND … IN }, for the
     * caller's organisation and these interviews; none for no interviews.
     */
    private List<Object[]> ofInterviews(String sqlUpToIn, Collection<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(scope.organisationId());
        parameters.addAll(interviewIds);
        return rows(
                sqlUpToIn + "(" + String.join(", ", Collections.nCopies(interviewIds.size(), "?")) + ")", parameters);
    }

    /** The conditions of the interviews counted, with their parameters appended. */
    private String counted(DashboardFilter filter, List<Object> parameters) {
        parameters.add(scope.organisationId());
        parameters.add(Timestamp.valueOf(filter.start()));
        parameters.add(Timestamp.valueOf(filter.end()));
        StringBuilder sql = new StringBuilder(COUNTED);
        if (filter.teamId() != null) {
            sql.append(" AND i.team_id = ?");
            parameters.add(filter.teamId());
        }
        if (filter.mode() != null) {
            sql.append(" AND i.mode = ?");
            parameters.add(filter.mode().name());
        }
        if (filter.kind() != null) {
            sql.append(" AND i.interviewer_kind = ?");
            parameters.add(filter.kind().name());
        }
        return sql.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> parameters) {
        return nativeQuery(sql, parameters).getResultList();
    }

    private Query nativeQuery(String sql, List<Object> parameters) {
        StringBuilder numbered = new StringBuilder();
        int position = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            numbered.append(c);
            if (c == '?') {
                numbered.append(++position);
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** A text column: a string, or a CLOB on H2 for long texts. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("An answer could not be read", e);
            }
        }
        return String.valueOf(value);
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }
}
