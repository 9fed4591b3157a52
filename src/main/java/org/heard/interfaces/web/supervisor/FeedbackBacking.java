package org.heard.interfaces.web.supervisor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heard.application.supervision.FeedbackItem;
import org.heard.application.supervision.FeedbackService;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /supervisor/feedback.xhtml}: named feedback for supervision,
 * filtered by social worker, each item markable "discussed in supervision".
 */
@Named
@ViewScoped
public class FeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackService feedback;

    private String socialWorker;
    private boolean includeDiscussed;
    private final Map<Long, LocalDate> discussedOn = new HashMap<>();
    private transient List<FeedbackItem> items;
    private transient List<String> socialWorkers;

    public void apply() {
        items = null;
    }

    public void markDiscussed(long interviewId) {
        try {
            if (feedback.markDiscussed(interviewId, discussedOn.get(interviewId))) {
                Messages.addGlobalInfo("feedback.discussed.done");
            } else {
                Messages.addGlobalInfo("feedback.discussed.already");
            }
            discussedOn.remove(interviewId);
            items = null;
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
            Faces.validationFailed();
        } catch (NotFoundException gone) {
            Messages.addGlobalError("feedback.not-found");
            items = null;
        }
    }

    public List<FeedbackItem> getItems() {
        if (items == null) {
            items = feedback.feedback(socialWorker, includeDiscussed);
        }
        return items;
    }

    public List<String> getSocialWorkers() {
        if (socialWorkers == null) {
            socialWorkers = feedback.socialWorkers();
        }
        return socialWorkers;
    }

    public Map<Long, LocalDate> getDiscussedOn() {
        return discussedOn;
    }

    public String getSocialWorker() {
        return socialWorker;
    }

    public void setSocialWorker(String socialWorker) {
        this.socialWorker = socialWorker;
    }

    public boolean isIncludeDiscussed() {
        return includeDiscussed;
    }

    public void setIncludeDiscussed(boolean includeDiscussed) {
        this.includeDiscussed = includeDiscussed;
    }
}
