package org.heard.interfaces.web.interviewer.interview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heard.application.interview.InterviewClosing;
import org.heard.application.interview.InterviewSetup;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.Step;
import org.heard.domain.model.support.SupportOption;
import org.heard.domain.shared.InterviewRuleException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Serves {@code support.xhtml}: the support options read out, what was offered, and any follow-up asked for. */
@Named
@ViewScoped
public class SupportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterviewClosing closing;

    @Inject
    private InterviewSetup interviews;

    @Inject
    private InterviewContext context;

    private Long interviewId;
    private List<SupportOption> options;
    private Map<Long, Boolean> offered = new HashMap<>();
    private Map<Long, Boolean> followUp = new HashMap<>();

    public void load() throws IOException {
        Interview interview = context.getInterview();
        if (interview.getStatus() != InterviewStatus.IN_PROGRESS) {
            Faces.redirect("interviewer/index.xhtml");
            return;
        }
        interviewId = interview.getId();
        options = closing.supportOptions(interview);
        if (!Faces.isPostback()) {
            closing.support(interview).forEach((option, record) -> {
                offered.put(option, record.isOffered());
                followUp.put(option, record.isFollowUpRequested());
            });
            interviews.moveTo(interviewId, Step.SUPPORT, null);
        }
    }

    public void next() throws IOException {
        if (save()) {
            interviews.moveTo(interviewId, Step.CHECK, null);
            Faces.redirect("interviewer/interview/check.xhtml?id=%s", interviewId.toString());
        }
    }

    public void back() throws IOException {
        if (save()) {
            Faces.redirect(
                    "interviewer/interview/question.xhtml?id=%s&q=%s",
                    interviewId.toString(), Integer.toString(context.getScript().getQuestionCount()));
        }
    }

    private boolean save() {
        try {
            closing.recordSupport(interviewId, offered, followUp);
            return true;
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
            return false;
        }
    }

    public List<SupportOption> getOptions() {
        return options;
    }

    public Map<Long, Boolean> getOffered() {
        return offered;
    }

    public Map<Long, Boolean> getFollowUp() {
        return followUp;
    }
}
