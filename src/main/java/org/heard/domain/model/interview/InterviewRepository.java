package org.heard.domain.model.interview;

import java.util.List;
import java.util.Optional;

/**
 * Interviews and everything recorded in them, for the caller's organisation only:
 * every read is filtered by the caller's organisation.
 */
public interface InterviewRepository {

    Optional<Interview> find(Long id);

    /** The interviewer's own interviews, newest first. */
    List<Interview> findByInterviewer(long interviewerId);

    /** Persists a new interview and assigns its id. */
    Interview store(Interview interview);

    /** The next reference code of the organisation for the year, e.g. BH-2026-0042; never reused. */
    String nextReference(long organisationId, String organisationCode, int year);

    List<ConsentRecord> consentRecords(long interviewId);

    ConsentRecord store(ConsentRecord record);

    List<Answer> answers(long interviewId);

    Optional<Answer> answer(long interviewId, long questionId);

    Answer store(Answer answer);

    List<AnswerRating> ratings(long interviewId);

    AnswerRating store(AnswerRating rating);

    List<InterviewSupport> support(long interviewId);

    InterviewSupport store(InterviewSupport support);

    SafeguardingConcern store(SafeguardingConcern concern);

    /** The organisation's safeguarding concerns not yet acknowledged, oldest first. */
    List<SafeguardingConcern> openConcerns();

    void store(DefinitionOpened opened);

    void store(InterviewChange change);

    List<InterviewChange> changes(long interviewId);

    /** Makes pending changes visible to the database now (assigns ids, checks versions). */
    void flush();
}
