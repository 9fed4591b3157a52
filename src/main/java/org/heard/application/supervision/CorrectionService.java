package org.heard.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.heard.application.audit.AuditTrail;
import org.heard.application.interview.InterviewEvents;
import org.heard.application.shared.Caller;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;

/**
 * A supervisor corrects an answer of a submitted interview. The reason is
 * mandatory; the old and new value, who, when and why go to the audit trail,
 * so the original stays there.
 */
@ApplicationScoped
@Transactional
public class CorrectionService {

    /** Longest reason for a correction. */
    public static final int REASON_MAX = 2_000;

    private static final Logger LOG = Logger.getLogger(CorrectionService.class.getName());

    @Inject
    private Supervision supervision;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private ScriptRepository scripts;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** A question a supervisor may correct, with the text submitted for it ("" when there is no answer). */
    public record SubmittedAnswer(Question question, String text) {}

    /** The answers a supervisor may correct: a submitted interview's, of every question that is not ratings. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmittedAnswer> correctable(long interviewId) {
        supervision.supervisor();
        Interview interview = interviews.get(interviewId);
        if (interview.getStatus() != InterviewStatus.SUBMITTED) {
            return List.of();
        }
        Map<Long, Answer> saved =
                interviews.answers(interview.getId()).stream().collect(Collectors.toMap(Answer::getQuestionId, a -> a));
        return script(interview).getQuestions().stream()
                .filter(q -> !q.isRatings())
                .map(q -> new SubmittedAnswer(
                        q,
                        saved.get(q.getId()) == null ? "" : saved.get(q.getId()).getText()))
                .toList();
    }

    /** Corrects the text of question {@code questionNumber}'s answer, giving the reason. */
    public void correctAnswer(@NotNull Long interviewId, int questionNumber, String newText, String reason) {
        Caller caller = supervision.supervisor();
        requireReason(reason);
        Interview interview = interviews.get(interviewId);
        if (interview.getStatus() != InterviewStatus.SUBMITTED) {
            throw new InterviewRuleException("correction.error.not-submitted");
        }
        Question question = script(interview).question(questionNumber).orElseThrow(NotFoundException::new);
        Answer answer = interviews
                .answer(interview.getId(), question.getId())
                .orElseGet(() -> new Answer(interview.getId(), question.getId()));
        String old = answer.getText();
        String corrected = newText == null || newText.isEmpty() ? null : newText;
        if (Objects.equals(old, corrected)) {
            throw new InterviewRuleException("correction.error.unchanged");
        }
        answer.write(newText, answer.isDeclined(), answer.getNote(), caller.getStaffId(), clock.instant());
        interviews.store(answer);
        interviews.flush();
        audit.record(InterviewEvents.answerCorrected(caller, interview, questionNumber, answer, old, reason.strip()));
        LOG.info(() -> "Answer corrected in interview #" + interview.getId() + " by staff #" + caller.getStaffId());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InterviewRuleException("correction.error.reason-required", "reason");
        }
        if (reason.length() > REASON_MAX) {
            throw new InterviewRuleException("correction.error.reason-too-long", "reason");
        }
    }

    private Script script(Interview interview) {
        return scripts.find(interview.getScriptId()).orElseThrow();
    }
}
