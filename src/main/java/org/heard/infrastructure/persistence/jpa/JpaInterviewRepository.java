package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.AnswerRating;
import org.heard.domain.model.interview.ConsentRecord;
import org.heard.domain.model.interview.DefinitionOpened;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.InterviewSupport;
import org.heard.domain.model.interview.SafeguardingConcern;
import org.heard.domain.model.interview.Withdrawal;

/**
 * Interviews through the organisation-scoped gate. Records that belong to an
 * interview (answers, ratings, consent…) are read only together with their
 * interview's organisation, so an id of another organisation finds nothing.
 */
@ApplicationScoped
public class JpaInterviewRepository extends OrganisationScopedRepository<Interview> implements InterviewRepository {

    private static final String OWNED_INTERVIEW =
            " AND EXISTS (SELECT i FROM Interview i WHERE i.id = x.interviewId AND i.organisationId = :organisation)";

    public JpaInterviewRepository() {
        super(Interview.class);
    }

    @Override
    public Optional<Interview> find(Long id) {
        return findOwned(id);
    }

    @Override
    public List<Interview> findByInterviewer(long interviewerId) {
        return scopedQuery(
                        "SELECT i FROM Interview i WHERE i.organisationId = :organisation"
                                + " AND i.interviewerId = :interviewer ORDER BY i.startedAt DESC, i.id DESC",
                        Interview.class)
                .setParameter("interviewer", interviewerId)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public Interview store(Interview interview) {
        persistOwned(interview);
        em.flush();
        return interview;
    }

    @Override
    public String nextReference(long organisationId, String organisationCode, int year) {
        int updated = em.createNativeQuery("UPDATE interview_reference_counter SET last_value = last_value + 1"
                        + " WHERE organisation_id = ?1 AND ref_year = ?2")
                .setParameter(1, organisationId)
                .setParameter(2, year)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO interview_reference_counter (organisation_id, ref_year, last_value)"
                            + " VALUES (?1, ?2, 1)")
                    .setParameter(1, organisationId)
                    .setParameter(2, year)
                    .executeUpdate();
        }
        Number value = (Number) em.createNativeQuery("SELECT last_value FROM interview_reference_counter"
                        + " WHERE organisation_id = ?1 AND ref_year = ?2")
                .setParameter(1, organisationId)
                .setParameter(2, year)
                .getSingleResult();
        return String.format("%s-%d-%04d", organisationCode, year, value.intValue());
    }

    @Override
    public List<ConsentRecord> consentRecords(long interviewId) {
        return children(
                "SELECT x FROM ConsentRecord x WHERE x.interviewId = :interview",
                "x.id",
                ConsentRecord.class,
                interviewId);
    }

    @Override
    public ConsentRecord store(ConsentRecord record) {
        em.persist(record);
        em.flush();
        return record;
    }

    @Override
    public List<Answer> answers(long interviewId) {
        return children("SELECT x FROM Answer x WHERE x.interviewId = :interview", "x.id", Answer.class, interviewId);
    }

    @Override
    public Optional<Answer> answer(long interviewId, long questionId) {
        return scopedQuery(
                        "SELECT x FROM Answer x WHERE x.interviewId = :interview AND x.questionId = :question"
                                + OWNED_INTERVIEW,
                        Answer.class)
                .setParameter("interview", interviewId)
                .setParameter("question", questionId)
                .setLockMode(LockModeType.NONE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Answer store(Answer answer) {
        if (answer.getId() == null) {
            em.persist(answer);
        }
        return answer;
    }

    @Override
    public List<AnswerRating> ratings(long interviewId) {
        return children(
                "SELECT x FROM AnswerRating x WHERE x.interviewId = :interview",
                "x.id",
                AnswerRating.class,
                interviewId);
    }

    @Override
    public AnswerRating store(AnswerRating rating) {
        if (rating.getId() == null) {
            em.persist(rating);
        }
        return rating;
    }

    @Override
    public List<InterviewSupport> support(long interviewId) {
        return children(
                "SELECT x FROM InterviewSupport x WHERE x.interviewId = :interview",
                "x.optionId",
                InterviewSupport.class,
                interviewId);
    }

    @Override
    public InterviewSupport store(InterviewSupport support) {
        if (support.getId() == null) {
            em.persist(support);
        }
        return support;
    }

    @Override
    public SafeguardingConcern store(SafeguardingConcern concern) {
        em.persist(concern);
        em.flush();
        return concern;
    }

    @Override
    public List<SafeguardingConcern> openConcerns() {
        return scopedQuery(
                        "SELECT c FROM SafeguardingConcern c WHERE c.organisationId = :organisation"
                                + " AND c.acknowledgedAt IS NULL ORDER BY c.raisedAt, c.id",
                        SafeguardingConcern.class)
                .setMaxResults(500)
                .getResultList();
    }

    @Override
    public void store(DefinitionOpened opened) {
        boolean already = !em.createQuery(
                        "SELECT d.id FROM DefinitionOpened d"
                                + " WHERE d.interviewId = :interview AND d.definitionId = :definition",
                        Long.class)
                .setParameter("interview", opened.getInterviewId())
                .setParameter("definition", opened.getDefinitionId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (!already) {
            em.persist(opened);
        }
    }

    @Override
    public Optional<SafeguardingConcern> findConcern(long id) {
        return scopedQuery(
                        "SELECT c FROM SafeguardingConcern c WHERE c.id = :id AND c.organisationId = :organisation",
                        SafeguardingConcern.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Interview> findByReference(String reference) {
        if (reference == null || reference.isBlank() || reference.strip().length() > 32) {
            return Optional.empty();
        }
        return scopedQuery(
                        "SELECT i FROM Interview i WHERE i.reference = :reference AND i.organisationId = :organisation",
                        Interview.class)
                .setParameter("reference", reference.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Withdrawal> withdrawal(long interviewId) {
        return onePerInterview(Withdrawal.class, interviewId);
    }

    @Override
    public Withdrawal store(Withdrawal withdrawal) {
        em.persist(withdrawal);
        em.flush();
        return withdrawal;
    }

    @Override
    public List<Answer> answersOf(java.util.Collection<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return List.of();
        }
        return scopedQuery(
                        "SELECT x FROM Answer x WHERE x.interviewId IN :interviews" + OWNED_INTERVIEW
                                + " ORDER BY x.id",
                        Answer.class)
                .setParameter("interviews", interviewIds)
                .getResultList();
    }

    @Override
    public List<Interview> expired(java.time.Instant endedBefore, int limit) {
        return scopedQuery(
                        "SELECT i FROM Interview i WHERE i.organisationId = :organisation AND i.retainedAt IS NULL"
                                + " AND i.endedAt IS NOT NULL AND i.endedAt < :before"
                                + " AND i.status <> org.heard.domain.model.interview.InterviewStatus.WITHDRAWN"
                                + " ORDER BY i.endedAt, i.id",
                        Interview.class)
                .setParameter("before", endedBefore)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public java.util.Map<String, Integer> anonymiseContent(long interviewId) {
        find(interviewId).orElseThrow(IllegalArgumentException::new);
        em.flush();
        java.util.Map<String, Integer> changed = new java.util.LinkedHashMap<>();
        changed.put(
                "AnswerNote",
                em.createQuery(
                                "UPDATE Answer x SET x.note = NULL WHERE x.interviewId = :interview AND x.note IS NOT NULL")
                        .setParameter("interview", interviewId)
                        .executeUpdate());
        for (String entity : new String[] {"InterviewSupport", "FeedbackDiscussion"}) {
            changed.put(
                    entity,
                    em.createQuery("DELETE FROM " + entity + " x WHERE x.interviewId = :interview")
                            .setParameter("interview", interviewId)
                            .executeUpdate());
        }
        em.clear();
        return changed;
    }

    @Override
    public java.util.Map<String, Integer> eraseContent(long interviewId) {
        find(interviewId).orElseThrow(IllegalArgumentException::new);
        em.flush();
        java.util.Map<String, Integer> deleted = new java.util.LinkedHashMap<>();
        for (String entity : new String[] {
            // Analysts' tags and codings point at the answers, so they go first.
            "ThemeTag",
            "AnswerCoding",
            "Answer",
            "AnswerRating",
            "InterviewSupport",
            "DefinitionOpened",
            "FeedbackDiscussion"
        }) {
            deleted.put(
                    entity,
                    em.createQuery("DELETE FROM " + entity + " x WHERE x.interviewId = :interview")
                            .setParameter("interview", interviewId)
                            .executeUpdate());
        }
        em.clear();
        return deleted;
    }

    @Override
    public void flush() {
        em.flush();
    }

    /** The withdrawal of an interview, of which there is at most one, in the caller's organisation. */
    private <R> Optional<R> onePerInterview(Class<R> type, long interviewId) {
        return scopedQuery(
                        "SELECT x FROM " + type.getSimpleName() + " x WHERE x.interviewId = :interview"
                                + " AND x.organisationId = :organisation",
                        type)
                .setParameter("interview", interviewId)
                .getResultStream()
                .findFirst();
    }

    private <R> List<R> children(String jpql, String order, Class<R> type, long interviewId) {
        return scopedQuery(jpql + OWNED_INTERVIEW + " ORDER BY " + order, type)
                .setParameter("interview", interviewId)
                .getResultList();
    }
}
