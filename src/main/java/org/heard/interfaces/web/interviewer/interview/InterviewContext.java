package org.heard.interfaces.web.interviewer.interview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.heard.application.interview.ConcernService;
import org.heard.application.interview.InterviewClosing;
import org.heard.application.interview.InterviewSetup;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.script.Script;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The interview every step page is about, loaded from the {@code id} request
 * parameter; also the safeguarding and stop actions shared by all steps.
 */
@Named
@RequestScoped
public class InterviewContext {

    @Inject
    private InterviewSetup interviews;

    @Inject
    private ConcernService concerns;

    @Inject
    private InterviewClosing closing;

    @Inject
    @Param(name = "id")
    private Long id;

    private Interview interview;
    private Script script;

    private String concern;
    private Boolean keep;

    /** The interview, or 404 when it is not the caller's. */
    public Interview getInterview() {
        if (interview == null) {
            if (id == null) {
                throw new NotFoundException();
            }
            interview = interviews.interview(id);
        }
        return interview;
    }

    public Script getScript() {
        if (script == null) {
            script = interviews.script(getInterview());
        }
        return script;
    }

    public Long getId() {
        return getInterview().getId();
    }

    /** Raises a safeguarding concern; the step stays where it was. */
    public void raiseConcern() {
        try {
            concerns.raiseConcern(getId(), concern);
            concern = null;
            Messages.addGlobalInfo("safeguarding.raised");
        } catch (InterviewRuleException rule) {
            Messages.addError("safeguardingForm:concern", rule.getMessageKey());
            Faces.validationFailed();
        }
    }

    /** Stops the interview early, keeping or discarding what was said as the family chose. */
    public void stop() throws IOException {
        if (keep == null) {
            Messages.addError("stopForm:keep", "stop.error.choose");
            return;
        }
        closing.stop(getId(), keep);
        Messages.addFlashGlobalInfo(
                keep ? "stop.done.kept" : "stop.done.discarded", getInterview().getReference());
        Faces.redirect("interviewer/index.xhtml");
    }

    public String getConcern() {
        return concern;
    }

    public void setConcern(String concern) {
        this.concern = concern;
    }

    public Boolean getKeep() {
        return keep;
    }

    public void setKeep(Boolean keep) {
        this.keep = keep;
    }
}
