package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.heard.domain.model.interview.FeedbackDiscussion;
import org.heard.domain.model.interview.FeedbackRepository;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.ParticipationChoice;

/** Named feedback and its supervision discussions, through the organisation-scoped gate. */
@ApplicationScoped
public class JpaFeedbackRepository extends OrganisationScopedRepository<FeedbackDiscussion>
        implements FeedbackRepository {

    public JpaFeedbackRepository() {
        super(FeedbackDiscussion.class);
    }

    @Override
    public Optional<FeedbackDiscussion> discussion(long interviewId) {
        return scopedQuery(
                        "SELECT x FROM FeedbackDiscussion x WHERE x.interviewId = :interview"
                                + " AND x.organisationId = :organisation",
                        FeedbackDiscussion.class)
                .setParameter("interview", interviewId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public FeedbackDiscussion store(FeedbackDiscussion discussion) {
        persistOwned(discussion);
        em.flush();
        return discussion;
    }

    private static final String NAMED_FEEDBACK = " FROM Interview i WHERE i.organisationId = :organisation"
            + " AND i.socialWorkerName IS NOT NULL"
            + " AND i.choice IN (" + choicesKeepingSocialWorkerName() + ")"
            + " AND i.status IN (org.heard.domain.model.interview.InterviewStatus.SUBMITTED,"
            + " org.heard.domain.model.interview.InterviewStatus.STOPPED_KEPT)";

    /** The choices that keep the social worker's name, as JPQL enum literals; the rule is the choice's own. */
    private static String choicesKeepingSocialWorkerName() {
        return Arrays.stream(ParticipationChoice.values())
                .filter(ParticipationChoice::keepsSocialWorkerName)
                .map(c -> ParticipationChoice.class.getName() + "." + c.name())
                .collect(Collectors.joining(", "));
    }

    @Override
    public List<Interview> namedFeedback(String socialWorker, boolean includeDiscussed, int limit) {
        String jpql = "SELECT i" + NAMED_FEEDBACK
                + (socialWorker == null ? "" : " AND i.socialWorkerName = :worker")
                + (includeDiscussed
                        ? ""
                        : " AND NOT EXISTS (SELECT d FROM FeedbackDiscussion d WHERE d.interviewId = i.id)")
                + " ORDER BY i.endedAt DESC, i.id DESC";
        TypedQuery<Interview> query = scopedQuery(jpql, Interview.class);
        if (socialWorker != null) {
            query.setParameter("worker", socialWorker);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<String> socialWorkersNamed() {
        return scopedQuery(
                        "SELECT DISTINCT i.socialWorkerName" + NAMED_FEEDBACK + " ORDER BY i.socialWorkerName",
                        String.class)
                .setMaxResults(1000)
                .getResultList();
    }

    @Override
    public List<FeedbackDiscussion> discussionsOf(Collection<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return List.of();
        }
        return scopedQuery(
                        "SELECT x FROM FeedbackDiscussion x WHERE x.interviewId IN :interviews"
                                + " AND x.organisationId = :organisation",
                        FeedbackDiscussion.class)
                .setParameter("interviews", interviewIds)
                .getResultList();
    }
}
