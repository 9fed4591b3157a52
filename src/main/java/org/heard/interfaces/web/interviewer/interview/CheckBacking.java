package org.heard.interfaces.web.interviewer.interview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.heard.application.interview.InterviewService;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.InterviewSupport;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.support.SupportOption;
import org.heard.domain.shared.InterviewRuleException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Serves {@code check.xhtml}: every answer on one page with change links, then submission. */
@Named
@ViewScoped
public class CheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterviewService interviews;

    @Inject
    private InterviewContext context;

    private Long interviewId;
    private String reference;
    private List<Question> questions;
    private Map<Long, Answer> answers;
    private Map<Long, Integer> ratings;
    private Map<Integer, String> scaleLabels;
    private List<SupportOption> options;
    private Map<Long, InterviewSupport> support;

    public void load() throws IOException {
        Interview interview = context.getInterview();
        if (interview.getStatus() != InterviewStatus.IN_PROGRESS) {
            Faces.redirect("interviewer/index.xhtml");
            return;
        }
        interviewId = interview.getId();
        reference = interview.getReference();
        questions = context.getScript().getQuestions();
        scaleLabels = context.getScript().getScaleLabels();
        answers = interviews.answers(interview);
        ratings = interviews.ratings(interview);
        options = interviews.supportOptions(interview);
        support = interviews.support(interview);
    }

    /** Submits once; a double click or a replay lands on the dashboard without submitting twice. */
    public void submit() throws IOException {
        try {
            interviews.submit(interviewId);
            Messages.addFlashGlobalInfo("check.submitted", reference);
            Faces.redirect("interviewer/index.xhtml");
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
        }
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public Answer answer(Question question) {
        return answers.get(question.getId());
    }

    public Integer rating(Long statementId) {
        return ratings.get(statementId);
    }

    public String label(Integer value) {
        return value == null ? null : scaleLabels.get(value);
    }

    public List<SupportOption> getOptions() {
        return options;
    }

    public InterviewSupport support(SupportOption option) {
        return support.get(option.getId());
    }
}
