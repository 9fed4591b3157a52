package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.heard.application.quality.ThemingQuery;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.quality.Quarter;

/**
 * Coding answers and the figures built from the tags, in SQL: paging, counting and
 * grouping are done by the database, and every query is bound to the caller's
 * organisation ({@code ?1}).
 */
@ApplicationScoped
public class JpaThemingQuery implements ThemingQuery {

    /** Answers open for coding: words of a submitted interview, neither withdrawn nor retained. */
    private static final String OPEN_ANSWERS = " FROM answer a JOIN interview i ON i.id = a.interview_id"
            + " JOIN script_question q ON q.id = a.question_id"
            + " WHERE i.organisation_id = ?1 AND i.status = 'SUBMITTED' AND i.retained_at IS NULL"
            + " AND a.text IS NOT NULL AND a.declined = FALSE";

    /**
     * Interviews whose tags count in figures: submitted and not withdrawn; an anonymised
     * interview still counts (its answers are kept for quality assurance), an erased one
     * does not.
     */
    private static final String COUNTED_INTERVIEW = " i.organisation_id = ?1 AND i.status = 'SUBMITTED'"
            + " AND (i.retained_at IS NULL OR i.retention_action = 'ANONYMISE')";

    @PersistenceContext(unitName = "heard")
    private EntityManager em;

    @Inject
    private OrganisationScope scope;

    @Override
    @SuppressWarnings("unchecked")
    public List<AnswerRow> answers(AnswerFilter filter, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = filter(filter, parameters);
        parameters.add(Math.max(1, limit));
        parameters.add(Math.max(0, offset));
        // Paged by the database: LIMIT and OFFSET, which MySQL, MariaDB and H2 all understand.
        Query query = em.createNativeQuery("SELECT a.id, i.id, q.number, q.title, a.text, i.interviewer_kind,"
                + " i.team_id, i.submitted_at, i.respondent_name, i.social_worker_name"
                + OPEN_ANSWERS
                + where
                + " ORDER BY a.id LIMIT ?" + (parameters.size() - 1) + " OFFSET ?" + parameters.size());
        bind(query, parameters);
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new AnswerRow(
                        number(row[0]),
                        number(row[1]),
                        (int) number(row[2]),
                        (String) row[3],
                        (String) row[4],
                        InterviewerKind.valueOf((String) row[5]),
                        row[6] == null ? null : number(row[6]),
                        instant(row[7]),
                        (String) row[8],
                        (String) row[9]))
                .toList();
    }

    @Override
    public long countAnswers(AnswerFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = filter(filter, parameters);
        Query query = em.createNativeQuery("SELECT COUNT(*)" + OPEN_ANSWERS + where);
        bind(query, parameters);
        return number(query.getSingleResult());
    }

    private String filter(AnswerFilter filter, List<Object> parameters) {
        parameters.add(scope.organisationId());
        StringBuilder where = new StringBuilder();
        if (filter.questionNumber() != null) {
            parameters.add(filter.questionNumber());
            where.append(" AND q.number = ?").append(parameters.size());
        }
        if (filter.teamId() != null) {
            parameters.add(filter.teamId());
            where.append(" AND i.team_id = ?").append(parameters.size());
        }
        if (filter.quarter() != null) {
            parameters.add(utc(filter.quarter().start()));
            where.append(" AND i.submitted_at >= ?").append(parameters.size());
            parameters.add(utc(filter.quarter().end()));
            where.append(" AND i.submitted_at < ?").append(parameters.size());
        }
        if (filter.notCodedBy() != null) {
            parameters.add(filter.notCodedBy());
            where.append(" AND NOT EXISTS (SELECT 1 FROM qa_coding c WHERE c.answer_id = a.id AND c.coder_id = ?")
                    .append(parameters.size())
                    .append(")");
        }
        return where.toString();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Target> target(long answerId) {
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, i.id, i.status, i.retained_at, a.text, a.declined,"
                        + " i.respondent_name, i.social_worker_name FROM answer a"
                        + " JOIN interview i ON i.id = a.interview_id WHERE i.organisation_id = ?1 AND a.id = ?2")
                .setParameter(1, scope.organisationId())
                .setParameter(2, answerId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> new Target(
                        number(row[0]),
                        number(row[1]),
                        InterviewStatus.valueOf((String) row[2]),
                        row[3] == null ? null : instant(row[3]),
                        (String) row[4],
                        bool(row[5]),
                        (String) row[6],
                        (String) row[7]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AgreementCounts> agreement(long firstCoderId, long secondCoderId) {
        // b: the answers both analysts marked coded; x1, x2: whether each tagged the answer
        // with the theme (any passage, counted once). One row per theme, counted by the database.
        List<Object[]> rows = em.createNativeQuery("SELECT t.id,"
                        + " SUM(CASE WHEN x1.answer_id IS NOT NULL AND x2.answer_id IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x1.answer_id IS NOT NULL AND x2.answer_id IS NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x1.answer_id IS NULL AND x2.answer_id IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN x1.answer_id IS NULL AND x2.answer_id IS NULL THEN 1 ELSE 0 END),"
                        + " COUNT(DISTINCT b.interview_id)"
                        + " FROM qa_theme t"
                        + " JOIN (SELECT c1.answer_id, c1.interview_id FROM qa_coding c1"
                        + " JOIN qa_coding c2 ON c2.answer_id = c1.answer_id AND c2.coder_id = ?3"
                        + " JOIN interview i ON i.id = c1.interview_id"
                        + " WHERE c1.coder_id = ?2 AND c1.organisation_id = ?1 AND" + COUNTED_INTERVIEW + ") b"
                        + " ON 1 = 1"
                        + " LEFT JOIN (SELECT DISTINCT theme_id, answer_id FROM qa_theme_tag"
                        + " WHERE organisation_id = ?1 AND coder_id = ?2) x1"
                        + " ON x1.theme_id = t.id AND x1.answer_id = b.answer_id"
                        + " LEFT JOIN (SELECT DISTINCT theme_id, answer_id FROM qa_theme_tag"
                        + " WHERE organisation_id = ?1 AND coder_id = ?3) x2"
                        + " ON x2.theme_id = t.id AND x2.answer_id = b.answer_id"
                        + " WHERE t.organisation_id = ?1"
                        + " GROUP BY t.id")
                .setParameter(1, scope.organisationId())
                .setParameter(2, firstCoderId)
                .setParameter(3, secondCoderId)
                .getResultList();
        return rows.stream()
                .map(row -> new AgreementCounts(
                        number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]), number(row[5])))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Instant> earliestTagged() {
        List<Object> rows = em.createNativeQuery("SELECT MIN(i.submitted_at) FROM qa_theme_tag g"
                        + " JOIN interview i ON i.id = g.interview_id WHERE g.organisation_id = ?1 AND"
                        + COUNTED_INTERVIEW)
                .setParameter(1, scope.organisationId())
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(instant(rows.get(0)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<QuarterCount> byQuarter(List<Quarter> quarters) {
        if (quarters.isEmpty()) {
            return List.of();
        }
        // Grouped by the UK quarter of submission, summer time included, within the
        // quarters asked for (consecutive, oldest first). The inner query gives each tagged
        // interview once per theme, so that its record key is added once to its cell.
        List<Object[]> rows = em.createNativeQuery("SELECT i.theme_id, " + UkTime.SUBMITTED_YEAR_QUARTER + ","
                        + " COUNT(*), SUM(i.record_key)"
                        + " FROM (SELECT DISTINCT g.theme_id, i.id, i.record_key, i.submitted_at"
                        + " FROM qa_theme_tag g JOIN interview i ON i.id = g.interview_id"
                        + " WHERE g.organisation_id = ?1 AND" + COUNTED_INTERVIEW
                        + " AND i.submitted_at >= ?2 AND i.submitted_at < ?3) i"
                        + " GROUP BY i.theme_id, " + UkTime.SUBMITTED_YEAR_QUARTER)
                .setParameter(1, scope.organisationId())
                .setParameter(2, utc(quarters.get(0).start()))
                .setParameter(3, utc(quarters.get(quarters.size() - 1).end()))
                .getResultList();
        return rows.stream()
                .map(row -> new QuarterCount(
                        number(row[0]),
                        new Quarter((int) number(row[1]), (int) number(row[2])).key(),
                        number(row[3]),
                        number(row[4])))
                .toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<RatingCount> againstRatings() {
        // x: each tagged interview once per theme, with its record key.
        List<Object[]> rows = em.createNativeQuery("SELECT x.theme_id, s.position, r.value, COUNT(*),"
                        + " SUM(x.record_key)"
                        + " FROM (SELECT DISTINCT g.theme_id, g.interview_id, i.record_key FROM qa_theme_tag g"
                        + " JOIN interview i ON i.id = g.interview_id WHERE g.organisation_id = ?1 AND"
                        + COUNTED_INTERVIEW + ") x"
                        + " JOIN answer_rating r ON r.interview_id = x.interview_id AND r.value IS NOT NULL"
                        + " JOIN script_rating_statement s ON s.id = r.statement_id"
                        + " JOIN script_question q ON q.id = s.question_id AND q.number = 2"
                        + " GROUP BY x.theme_id, s.position, r.value")
                .setParameter(1, scope.organisationId())
                .getResultList();
        return rows.stream()
                .map(row -> new RatingCount(
                        number(row[0]), (int) number(row[1]), (int) number(row[2]), number(row[3]), number(row[4])))
                .toList();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && ((Number) value).intValue() != 0;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp time) {
            return time.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a time: " + value);
    }
}
