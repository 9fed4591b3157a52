package org.heard.application.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.glossary.GlossaryRepository;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.AnswerRating;
import org.heard.domain.model.interview.DefinitionOpened;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.Step;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.shared.InterviewRuleException;

/**
 * The answers and ratings of an interview as they are typed: the page's
 * "save and continue" saves an answer and its ratings together in one
 * transaction; the page's autosave sends them one at a time. No answer is
 * stored before the family agreed or after the interview closed, and a save
 * based on an answer changed in another tab is refused with what is saved.
 */
@ApplicationScoped
@Transactional
public class AnswerService {

    /** The version a page expects to replace when it saw no answer (a new question). */
    public static final long NO_ANSWER = 0;

    @Inject
    private InterviewAccess access;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private GlossaryRepository glossary;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** The answers of the interview, by question id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Answer> answers(Interview interview) {
        return interviews.answers(interview.getId()).stream().collect(Collectors.toMap(Answer::getQuestionId, a -> a));
    }

    /** The ratings of the interview, by rating statement id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Integer> ratings(Interview interview) {
        Map<Long, Integer> ratings = new HashMap<>();
        interviews.ratings(interview.getId()).forEach(r -> ratings.put(r.getStatementId(), r.getValue()));
        return ratings;
    }

    /**
     * Saves an answer as typed. {@code expectedVersion} is the version the page
     * last saw ({@link #NO_ANSWER} or null when it saw none); if the answer changed
     * since, or one was saved where the page saw none, nothing is written and
     * {@link AnswerConflictException} carries what is saved.
     *
     * @return the saved answer, with its new version
     */
    public Answer saveAnswer(
            @NotNull Long interviewId,
            int questionNumber,
            String text,
            boolean declined,
            String note,
            Long expectedVersion) {
        return save(interviewId, questionNumber, new TypedAnswer(text, declined, note, expectedVersion), null);
    }

    /**
     * Saves one question's answer and, when {@code ratings} is not null, its ratings
     * (rating statement id to 1–5, or null for "not answered"), all or nothing. If the
     * answer changed since the page saw it, nothing is written and
     * {@link AnswerConflictException} carries what is saved.
     *
     * @return the saved answer, with its new version
     */
    public Answer save(
            @NotNull Long interviewId, int questionNumber, @NotNull TypedAnswer typed, Map<Long, Integer> ratings) {
        Interview interview = access.ownInterview(interviewId);
        Caller caller = access.caller();
        interview.requireOpenForAnswers();
        Question question = access.question(interview, questionNumber);
        Answer answer = unchangedSince(interview, question, typed.expectedVersion());
        List<AuditEntry> entries = new ArrayList<>();
        if (ratings != null) {
            entries.addAll(rate(caller, interview, question, questionNumber, ratings));
        }
        InterviewEvents.AnswerBefore before = InterviewEvents.AnswerBefore.of(answer);
        answer.write(typed.text(), typed.declined(), typed.note(), caller.getStaffId(), clock.instant());
        interviews.store(answer);
        interview.moveTo(Step.QUESTIONS, questionNumber);
        interviews.flush();
        entries.addAll(InterviewEvents.answerSaved(caller, interview, questionNumber, answer, before));
        audit.record(entries);
        return answer;
    }

    /** Saves the ratings of a ratings question: rating statement id to 1–5, or null for "not answered". */
    public void saveRatings(@NotNull Long interviewId, int questionNumber, Map<Long, Integer> values) {
        Interview interview = access.ownInterview(interviewId);
        interview.requireOpenForAnswers();
        Question question = access.question(interview, questionNumber);
        List<AuditEntry> entries = rate(access.caller(), interview, question, questionNumber, values);
        interview.moveTo(Step.QUESTIONS, questionNumber);
        audit.record(entries);
    }

    /** Records that a definition was opened during the interview. */
    public void definitionOpened(@NotNull Long interviewId, @NotNull Long definitionId) {
        Interview interview = access.ownInterview(interviewId);
        glossary.getDefinition(definitionId);
        if (!interview.getStatus().isClosed()) {
            interviews.store(new DefinitionOpened(interview.getId(), definitionId, clock.instant()));
        }
    }

    /**
     * The saved answer (or a new one), if it is still the version the page saw. A page
     * that saw no answer expects {@link #NO_ANSWER}: if another tab saved one since,
     * that is a conflict too, never a silent overwrite.
     */
    private Answer unchangedSince(Interview interview, Question question, Long expectedVersion) {
        Answer answer = interviews
                .answer(interview.getId(), question.getId())
                .orElseGet(() -> new Answer(interview.getId(), question.getId()));
        long expected = expectedVersion == null ? NO_ANSWER : expectedVersion;
        long current = answer.getId() == null ? NO_ANSWER : answer.getVersion();
        if (expected != current) {
            throw new AnswerConflictException(
                    answer.getText(), answer.getNote(), answer.isDeclined(), answer.getVersion());
        }
        return answer;
    }

    /** Rates the statements named in {@code values}; the audit entries of those that changed. */
    private List<AuditEntry> rate(
            Caller caller, Interview interview, Question question, int questionNumber, Map<Long, Integer> values) {
        if (!question.isRatings()) {
            throw new InterviewRuleException("question.error.not-ratings");
        }
        Set<Long> known = question.getRatingStatements().stream()
                .map(RatingStatement::getId)
                .collect(Collectors.toSet());
        if (!known.containsAll(values.keySet())) {
            // A statement of another question, or none at all: refused, never silently dropped.
            throw new InterviewRuleException("question.error.rating-unknown");
        }
        Map<Long, AnswerRating> existing = interviews.ratings(interview.getId()).stream()
                .collect(Collectors.toMap(AnswerRating::getStatementId, r -> r));
        List<AuditEntry> entries = new ArrayList<>();
        for (RatingStatement statement : question.getRatingStatements()) {
            if (!values.containsKey(statement.getId())) {
                continue;
            }
            AnswerRating rating =
                    existing.getOrDefault(statement.getId(), new AnswerRating(interview.getId(), statement.getId()));
            Integer old = rating.getValue();
            rating.rate(values.get(statement.getId()));
            interviews.store(rating);
            if (!Objects.equals(old, rating.getValue())) {
                entries.add(InterviewEvents.ratingSaved(
                        caller, interview, questionNumber, statement, old, rating.getValue()));
            }
        }
        return entries;
    }
}
