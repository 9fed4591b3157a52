package org.heard.interfaces.web.supervisor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.heard.application.shared.ClockProducer;
import org.heard.application.supervision.HistoryEntry;
import org.heard.application.supervision.InterviewHistoryService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** On {@code /supervisor/interview.xhtml}: the interview as it stood at a chosen moment. */
@Named
@ViewScoped
public class InterviewAsAtBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterviewRecordBacking record;

    @Inject
    private InterviewHistoryService history;

    private LocalDateTime asAtMoment;
    private List<HistoryEntry> asAt;

    /** Shows the interview as it stood at the chosen moment. */
    public void showAsAt() {
        if (asAtMoment == null) {
            Messages.addError("asAtForm:moment", "record.as-at.required");
            Faces.validationFailed();
            return;
        }
        asAt = history.asAt(
                record.getId(), asAtMoment.atZone(ClockProducer.ZONE).toInstant());
    }

    /** After the interview changed: the moment shown is gone until asked for again. */
    public void forget() {
        asAt = null;
    }

    public List<HistoryEntry> getAsAt() {
        return asAt;
    }

    public LocalDateTime getAsAtMoment() {
        return asAtMoment;
    }

    public void setAsAtMoment(LocalDateTime asAtMoment) {
        this.asAtMoment = asAtMoment;
    }
}
