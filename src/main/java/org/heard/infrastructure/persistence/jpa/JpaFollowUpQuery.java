package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.heard.application.quality.FamilyRating;
import org.heard.application.quality.FollowUpQuery;
import org.heard.application.quality.TeamRatingChange;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewStatus;

/** Following families over time in JPQL and SQL, always within the caller's organisation. */
@ApplicationScoped
public class JpaFollowUpQuery extends OrganisationScopedRepository<Interview> implements FollowUpQuery {

    private static final List<InterviewStatus> KEPT = List.of(InterviewStatus.SUBMITTED, InterviewStatus.STOPPED_KEPT);

    public JpaFollowUpQuery() {
        super(Interview.class);
    }

    @Override
    public List<Interview> due(Instant endedBefore, int limit) {
        return scopedQuery(
                        "SELECT i FROM Interview i WHERE i.organisationId = :organisation"
                                + " AND i.familyKey IS NOT NULL AND i.status IN :kept AND i.retainedAt IS NULL"
                                + " AND i.endedAt < :endedBefore"
                                + " AND i.id = (SELECT MAX(j.id) FROM Interview j"
                                + " WHERE j.organisationId = :organisation AND j.familyKey = i.familyKey)"
                                + " ORDER BY i.endedAt, i.id",
                        Interview.class)
                .setParameter("kept", KEPT)
                .setParameter("endedBefore", endedBefore)
                .setMaxResults(Math.max(1, limit))
                .getResultList();
    }

    @Override
    public Map<String, Long> interviewCounts(Collection<String> familyKeys) {
        if (familyKeys.isEmpty()) {
            return Map.of();
        }
        return scopedQuery(
                        "SELECT i.familyKey, COUNT(i) FROM Interview i WHERE i.organisationId = :organisation"
                                + " AND i.familyKey IN :keys GROUP BY i.familyKey",
                        Object[].class)
                .setParameter("keys", familyKeys)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    @Override
    public List<Interview> family(String familyKey) {
        return scopedQuery(
                        "SELECT i FROM Interview i WHERE i.organisationId = :organisation AND i.familyKey = :key"
                                + " ORDER BY i.id",
                        Interview.class)
                .setParameter("key", familyKey)
                .getResultList();
    }

    @Override
    public List<FamilyRating> ratings(Collection<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return List.of();
        }
        return scopedQuery(
                        "SELECT NEW org.heard.application.quality.FamilyRating(i.id, s.question.number,"
                                + " s.position, r.value) FROM AnswerRating r, RatingStatement s, Interview i"
                                + " WHERE s.id = r.statementId AND i.id = r.interviewId"
                                + " AND i.organisationId = :organisation AND i.id IN :ids AND r.value IS NOT NULL"
                                + " ORDER BY i.id, s.question.number, s.position",
                        FamilyRating.class)
                .setParameter("ids", interviewIds)
                .getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<TeamRatingChange> changeByTeam() {
        long organisation = scope.organisationId();
        // f: each family with two or more kept interviews, with its first and latest. Ids, not
        // times, give the order: they grow with every interview set up, and never tie.
        // One row per change of rating, with the record keys of the families' latest
        // interviews (each family once per statement) for the perturbation of the figure.
        List<Object[]> rows = em.createNativeQuery("SELECT la.team_id, q.number, s2.position,"
                        + " r2.value - r1.value, COUNT(*), SUM(la.record_key)"
                        + " FROM (SELECT family_key, MIN(id) AS first_id, MAX(id) AS last_id"
                        + " FROM interview WHERE organisation_id = ?1 AND family_key IS NOT NULL"
                        + " AND status IN ('SUBMITTED', 'STOPPED_KEPT') AND retained_at IS NULL"
                        + " GROUP BY family_key HAVING COUNT(*) >= 2) f"
                        + " JOIN interview fi ON fi.organisation_id = ?1 AND fi.family_key = f.family_key"
                        + " AND fi.id = f.first_id"
                        + " JOIN interview la ON la.organisation_id = ?1"
                        + " AND la.family_key = f.family_key AND la.id = f.last_id"
                        + " JOIN answer_rating r1 ON r1.interview_id = fi.id"
                        + " JOIN script_rating_statement s1 ON s1.id = r1.statement_id"
                        + " JOIN script_question q1 ON q1.id = s1.question_id"
                        + " JOIN answer_rating r2 ON r2.interview_id = la.id"
                        + " JOIN script_rating_statement s2 ON s2.id = r2.statement_id AND s2.position = s1.position"
                        + " JOIN script_question q ON q.id = s2.question_id AND q.number = q1.number"
                        + " WHERE r1.value IS NOT NULL AND r2.value IS NOT NULL"
                        + " GROUP BY la.team_id, q.number, s2.position, r2.value - r1.value"
                        + " ORDER BY la.team_id, q.number, s2.position, r2.value - r1.value")
                .setParameter(1, organisation)
                .getResultList();
        return rows.stream()
                .map(row -> new TeamRatingChange(
                        row[0] == null ? null : ((Number) row[0]).longValue(),
                        ((Number) row[1]).intValue(),
                        ((Number) row[2]).intValue(),
                        ((Number) row[3]).intValue(),
                        ((Number) row[4]).longValue(),
                        ((Number) row[5]).longValue()))
                .toList();
    }
}
