package org.heard.domain.model.interview;

import java.util.List;
import java.util.Optional;
import org.heard.domain.shared.NotFoundException;

/**
 * Interviews and everything recorded in them, for the caller's organisation only:
 * every read is filtered by the caller's organisation.
 */
public interface InterviewRepository {

    Optional<Interview> find(Long id);

    /** The interview with this id; {@link NotFoundException} when there is none in the caller's organisation. */
    default Interview get(Long id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

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

    /** Records that a definition was opened, unless it was already recorded for the same interview. */
    void store(DefinitionOpened opened);

    /** A concern of the caller's organisation. */
    Optional<SafeguardingConcern> findConcern(long id);

    /** A concern of the caller's organisation; {@link NotFoundException} when there is none. */
    default SafeguardingConcern getConcern(long id) {
        return findConcern(id).orElseThrow(NotFoundException::new);
    }

    /** The interview of the caller's organisation with this reference code. */
    Optional<Interview> findByReference(String reference);

    Optional<Withdrawal> withdrawal(long interviewId);

    Withdrawal store(Withdrawal withdrawal);

    /** The answers of several interviews of the caller's organisation. */
    List<Answer> answersOf(java.util.Collection<Long> interviewIds);

    /**
     * Interviews of the caller's organisation whose retention period has ended:
     * ended before {@code endedBefore}, not yet retained, not withdrawn. Oldest first.
     */
    List<Interview> expired(java.time.Instant endedBefore, int limit);

    /** Erases notes, support details and supervision discussions, keeping answers and ratings. */
    java.util.Map<String, Integer> anonymiseContent(long interviewId);

    /**
     * Deletes everything the family said or chose in the interview: answers,
     * ratings, support, definitions opened, feedback discussions. Returns the
     * number of rows deleted per table.
     */
    java.util.Map<String, Integer> eraseContent(long interviewId);

    /** Makes pending changes visible to the database now (assigns ids, checks versions). */
    void flush();
}
