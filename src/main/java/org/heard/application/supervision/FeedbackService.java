package org.heard.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.ClockProducer;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.FeedbackDiscussion;
import org.heard.domain.model.interview.FeedbackRepository;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;

/**
 * Feedback for supervision: where a family gave the social worker's name, their
 * feedback goes to the social worker's manager, who marks it discussed in
 * supervision. Anonymous interviews never appear, and no name is shown for them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedbackService {

    /** Most items listed at once. */
    public static final int LIST_MAX = 200;

    @Inject
    private Supervision supervision;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private FeedbackRepository feedback;

    @Inject
    private ScriptRepository scripts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The social workers named in the organisation's feedback. */
    public List<String> socialWorkers() {
        supervision.supervisor();
        return feedback.socialWorkersNamed();
    }

    /** Named feedback, newest first; for one social worker or all (null). */
    public List<FeedbackItem> feedback(String socialWorker, boolean includeDiscussed) {
        supervision.supervisor();
        String worker = socialWorker == null || socialWorker.isBlank() ? null : socialWorker;
        List<Interview> found = feedback.namedFeedback(worker, includeDiscussed, LIST_MAX);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Interview::getId).toList();
        Map<Long, List<Answer>> answers =
                interviews.answersOf(ids).stream().collect(Collectors.groupingBy(Answer::getInterviewId));
        Map<Long, FeedbackDiscussion> discussions = feedback.discussionsOf(ids).stream()
                .collect(Collectors.toMap(FeedbackDiscussion::getInterviewId, d -> d));
        Map<Long, String> names = supervision.staffNames();
        Map<Long, Script> scriptsById = new java.util.HashMap<>();
        List<FeedbackItem> items = new ArrayList<>();
        for (Interview interview : found) {
            if (!interview.isNamedFeedback()) {
                continue; // never anonymous, whatever the query returned
            }
            Script script = scriptsById.computeIfAbsent(
                    interview.getScriptId(), id -> scripts.find(id).orElseThrow());
            Map<Long, Question> questions =
                    script.getQuestions().stream().collect(Collectors.toMap(Question::getId, q -> q));
            List<FeedbackItem.Answer> given = answers.getOrDefault(interview.getId(), List.of()).stream()
                    .filter(a -> a.isProvided() && questions.containsKey(a.getQuestionId()))
                    .map(a -> {
                        Question q = questions.get(a.getQuestionId());
                        return new FeedbackItem.Answer(q.getNumber(), q.getTitle(), a.getText(), a.isDeclined());
                    })
                    .sorted(Comparator.comparingInt(FeedbackItem.Answer::number))
                    .toList();
            FeedbackDiscussion discussed = discussions.get(interview.getId());
            items.add(new FeedbackItem(
                    interview.getId(),
                    interview.getReference(),
                    interview.getEndedAt(),
                    interview.getSocialWorkerName(),
                    interview.getChoice() != null && interview.getChoice().keepsFamilyName()
                            ? interview.getRespondentName()
                            : null,
                    given,
                    discussed == null ? null : discussed.getDiscussedOn(),
                    discussed == null ? null : names.get(discussed.getRecordedBy())));
        }
        return items;
    }

    /** Marks a named interview's feedback as discussed in supervision on a day; a second mark changes nothing. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean markDiscussed(long interviewId, LocalDate discussedOn) {
        Caller caller = supervision.supervisor();
        Interview interview = interviews.get(interviewId);
        if (feedback.discussion(interviewId).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        FeedbackDiscussion discussion = feedback.store(new FeedbackDiscussion(
                interview, discussedOn, LocalDate.ofInstant(now, ClockProducer.ZONE), caller.getStaffId(), now));
        audit.record(SupervisionEvents.feedbackDiscussed(caller, interview, discussion, discussedOn));
        return true;
    }
}
