package org.heard.interfaces.web.interviewer.interview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.heard.application.interview.AnswerService;
import org.heard.application.interview.InterviewClosing;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.InterviewSupport;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.support.SupportOption;
import org.heard.domain.shared.InterviewRuleException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code check.xhtml}: every answer on one page with change links, then
 * submission. What the page shows is read for each request that renders it;
 * nothing is kept between requests but the interview's id in the URL.
 */
@Named
@RequestScoped
public class CheckBacking {

    @Inject
    private AnswerService answerService;

    @Inject
    private InterviewClosing closing;

    @Inject
    private InterviewContext context;

    private Map<Long, Answer> answers;
    private Map<Long, Integer> ratings;
    private List<SupportOption> options;
    private Map<Long, InterviewSupport> support;

    /** View action: only an interview in progress can be checked; any other goes back to the dashboard. */
    public void load() throws IOException {
        if (context.getInterview().getStatus() != InterviewStatus.IN_PROGRESS) {
            Faces.redirect("interviewer/index.xhtml");
        }
    }

    /** Submits once; a double click or a replay lands on the dashboard without submitting twice. */
    public void submit() throws IOException {
        Interview interview = context.getInterview();
        try {
            closing.submit(interview.getId());
            Messages.addFlashGlobalInfo("check.submitted", interview.getReference());
            Faces.redirect("interviewer/index.xhtml");
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
        }
    }

    public List<Question> getQuestions() {
        return context.getScript().getQuestions();
    }

    public Answer answer(Question question) {
        if (answers == null) {
            answers = answerService.answers(context.getInterview());
        }
        return answers.get(question.getId());
    }

    public Integer rating(Long statementId) {
        if (ratings == null) {
            ratings = answerService.ratings(context.getInterview());
        }
        return ratings.get(statementId);
    }

    public String label(Integer value) {
        return value == null ? null : context.getScript().getScaleLabels().get(value);
    }

    public List<SupportOption> getOptions() {
        if (options == null) {
            options = closing.supportOptions(context.getInterview());
        }
        return options;
    }

    public InterviewSupport support(SupportOption option) {
        if (support == null) {
            support = closing.support(context.getInterview());
        }
        return support.get(option.getId());
    }
}
