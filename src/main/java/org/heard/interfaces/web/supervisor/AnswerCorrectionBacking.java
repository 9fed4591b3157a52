package org.heard.interfaces.web.supervisor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.heard.application.supervision.CorrectionService;
import org.heard.domain.model.script.Question;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** On {@code /supervisor/interview.xhtml}: a submitted interview's answers and their correction, with a reason. */
@Named
@ViewScoped
public class AnswerCorrectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterviewRecordBacking record;

    @Inject
    private CorrectionService corrections;

    private transient List<CorrectionService.SubmittedAnswer> correctable;

    private Integer correctionQuestion;
    private String correctionText;
    private String correctionReason;

    private List<CorrectionService.SubmittedAnswer> correctable() {
        if (correctable == null) {
            correctable = corrections.correctable(record.getId());
        }
        return correctable;
    }

    /** The questions whose answers a supervisor may correct (a submitted interview only). */
    public List<Question> getQuestions() {
        return correctable().stream()
                .map(CorrectionService.SubmittedAnswer::question)
                .toList();
    }

    /** The submitted answers, as number, title and text, for the correction form. */
    public List<String[]> getAnswers() {
        return correctable().stream()
                .map(a -> new String[] {
                    String.valueOf(a.question().getNumber()), a.question().getTitle(), a.text()
                })
                .toList();
    }

    public void correct() {
        if (correctionQuestion == null) {
            Messages.addError("correctionForm:question", "record.correction.question-required");
            Faces.validationFailed();
            return;
        }
        try {
            corrections.correctAnswer(record.getId(), correctionQuestion, correctionText, correctionReason);
            Messages.addGlobalInfo("record.correction.done", correctionQuestion);
            correctionQuestion = null;
            correctionText = null;
            correctionReason = null;
            correctable = null;
            record.historyChanged();
        } catch (InterviewRuleException rule) {
            // The reason's own refusals beside it; every other refusal concerns the new text.
            RefusalMessages.error(
                    "correctionForm", "reason".equals(rule.getField()) ? "reason" : "text", rule.getMessageKey());
        }
    }

    /** After the interview changed: what may be corrected is read again. */
    public void forget() {
        correctable = null;
    }

    public Integer getCorrectionQuestion() {
        return correctionQuestion;
    }

    public void setCorrectionQuestion(Integer correctionQuestion) {
        this.correctionQuestion = correctionQuestion;
    }

    public String getCorrectionText() {
        return correctionText;
    }

    public void setCorrectionText(String correctionText) {
        this.correctionText = correctionText;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
