package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heard.application.supervision.ConsentRegisterFilter;
import org.heard.application.supervision.ConsentRegisterQuery;
import org.heard.application.supervision.ConsentRegisterRow;
import org.heard.application.supervision.RegisterOutcome;
import org.heard.domain.model.interview.ConsentOutcome;
import org.heard.domain.model.interview.Interview;

/**
 * The consent register in JPQL. Filters are bound parameters, never text joined
 * into the query; the reference is a LIKE pattern whose wildcards are escaped,
 * so {@code %}, {@code _} and quotes match only themselves. Every query is
 * limited to the caller's organisation and served by the {@code ix_interview_register_*}
 * indexes.
 */
@ApplicationScoped
public class JpaConsentRegisterQuery extends OrganisationScopedRepository<Interview> implements ConsentRegisterQuery {

    private static final String ROW =
            "SELECT NEW org.heard.application.supervision.ConsentRegisterRow(i.id, i.reference,"
                    + " i.startedAt, i.consentRecordedAt, i.interviewerId, s.displayName, i.interviewerKind, i.mode,"
                    + " i.statementId, i.choice, i.consentOutcome, i.status, i.teamId)"
                    + " FROM Interview i, StaffAccount s WHERE s.id = i.interviewerId AND i.organisationId = :organisation";

    private static final Map<Sort, String> ORDER = Map.of(
            Sort.STARTED, "i.startedAt",
            Sort.REFERENCE, "i.reference",
            Sort.INTERVIEWER, "s.displayName",
            Sort.MODE, "i.mode",
            Sort.CHOICE, "i.choice",
            Sort.OUTCOME, "i.consentOutcome",
            Sort.STATUS, "i.status",
            Sort.STATEMENT, "i.statementId",
            Sort.RECORDED, "i.consentRecordedAt");

    public JpaConsentRegisterQuery() {
        super(Interview.class);
    }

    @Override
    public List<ConsentRegisterRow> page(
            ConsentRegisterFilter filter,
            Instant startsFrom,
            Instant startsBefore,
            Sort sort,
            boolean ascending,
            int first,
            int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, startsFrom, startsBefore, parameters);
        String direction = ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + ORDER.getOrDefault(sort, "i.startedAt") + direction + ", i.id" + direction;
        TypedQuery<ConsentRegisterRow> query = scopedQuery(ROW + where + order, ConsentRegisterRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, size))
                .getResultList();
    }

    @Override
    public long count(ConsentRegisterFilter filter, Instant startsFrom, Instant startsBefore) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, startsFrom, startsBefore, parameters);
        TypedQuery<Long> query = scopedQuery(
                "SELECT COUNT(i) FROM Interview i WHERE i.organisationId = :organisation" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<ConsentRegisterRow> batchAfter(
            ConsentRegisterFilter filter,
            Instant startsFrom,
            Instant startsBefore,
            Instant afterStartedAt,
            Long afterId,
            int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(where(filter, startsFrom, startsBefore, parameters));
        if (afterStartedAt != null && afterId != null) {
            // The bound on startedAt alone lets the database start the range scan of the
            // index at the last row written, instead of reading the index from its newest end
            // for every batch; the second condition then skips that row and its equals.
            where.append(" AND i.startedAt <= :afterStarted" + " AND (i.startedAt < :afterStarted OR i.id < :afterId)");
            parameters.put("afterStarted", afterStartedAt);
            parameters.put("afterId", afterId);
        }
        TypedQuery<ConsentRegisterRow> query =
                scopedQuery(ROW + where + " ORDER BY i.startedAt DESC, i.id DESC", ConsentRegisterRow.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(size).getResultList();
    }

    private static String where(
            ConsentRegisterFilter filter, Instant startsFrom, Instant startsBefore, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (startsFrom != null) {
            where.append(" AND i.startedAt >= :startsFrom");
            parameters.put("startsFrom", startsFrom);
        }
        if (startsBefore != null) {
            where.append(" AND i.startedAt < :startsBefore");
            parameters.put("startsBefore", startsBefore);
        }
        if (filter.interviewerId() != null) {
            where.append(" AND i.interviewerId = :interviewer");
            parameters.put("interviewer", filter.interviewerId());
        }
        if (filter.teamId() != null) {
            where.append(" AND i.teamId = :team");
            parameters.put("team", filter.teamId());
        }
        if (filter.choice() != null) {
            where.append(" AND i.choice = :choice");
            parameters.put("choice", filter.choice());
        }
        if (filter.outcome() == RegisterOutcome.PENDING) {
            where.append(" AND i.consentOutcome IS NULL");
        } else if (filter.outcome() != null) {
            where.append(" AND i.consentOutcome = :outcome");
            parameters.put("outcome", ConsentOutcome.valueOf(filter.outcome().name()));
        }
        if (filter.statementId() != null) {
            where.append(" AND i.statementId = :statement");
            parameters.put("statement", filter.statementId());
        }
        if (filter.reference() != null && !filter.reference().isBlank()) {
            where.append(" AND i.reference LIKE :reference ESCAPE '!'");
            parameters.put(
                    "reference", "%" + escapeLike(filter.reference().strip().toUpperCase(Locale.ROOT)) + "%");
        }
        return where.toString();
    }

    /** Makes {@code !}, {@code %} and {@code _} literal in a LIKE pattern whose escape character is {@code !}. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
