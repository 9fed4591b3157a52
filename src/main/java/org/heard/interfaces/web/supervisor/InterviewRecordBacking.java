package org.heard.interfaces.web.supervisor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heard.application.interview.InterviewService;
import org.heard.application.shared.ClockProducer;
import org.heard.application.supervision.ConsentDetail;
import org.heard.application.supervision.ConsentRegisterService;
import org.heard.application.supervision.HistoryEntry;
import org.heard.application.supervision.InterviewHistoryService;
import org.heard.application.supervision.WithdrawalService;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;
import org.heard.domain.model.script.Question;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.heard.interfaces.web.DatesBacking;
import org.heard.interfaces.web.MessageBundleResolver;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /supervisor/interview.xhtml}: one interview's consent record
 * (viewing it is audited once per page view), its receipt, its history and the
 * interview as at a moment, corrections after submission, and withdrawal.
 */
@Named
@ViewScoped
public class InterviewRecordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private ConsentRegisterService register;

    @Inject
    private InterviewHistoryService history;

    @Inject
    private InterviewService interviews;

    @Inject
    private WithdrawalService withdrawals;

    @Inject
    private DatesBacking dates;

    private ConsentDetail detail;
    private transient List<HistoryEntry> timeline;
    private transient List<Question> questions;
    private transient List<String[]> answers;
    private LocalDateTime asAtMoment;
    private List<HistoryEntry> asAt;

    private Integer correctionQuestion;
    private String correctionText;
    private String correctionReason;

    private WithdrawalRequester requestedBy;
    private WithdrawalMethod withdrawalMethod;
    private LocalDate requestedOn;

    @PostConstruct
    void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        detail = register.detail(id);
    }

    public String getTitle() {
        return MessageBundleResolver.format("record.title", detail.getReference());
    }

    public ConsentDetail getDetail() {
        return detail;
    }

    public List<HistoryEntry> getTimeline() {
        if (timeline == null) {
            timeline = history.timeline(id);
        }
        return timeline;
    }

    /** Shows the interview as it stood at the chosen moment. */
    public void showAsAt() {
        if (asAtMoment == null) {
            Messages.addError("asAtForm:moment", "record.as-at.required");
            Faces.validationFailed();
            return;
        }
        asAt = history.asAt(id, asAtMoment.atZone(ClockProducer.ZONE).toInstant());
    }

    public void downloadReceipt() throws IOException {
        try {
            ConsentDetail receipt = register.receipt(id);
            Faces.sendFile(
                    "consent-receipt-" + receipt.getReference() + ".pdf",
                    true,
                    out -> ConsentReceiptPdf.write(receipt, dates, out));
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
        }
    }

    /** The questions whose answers a supervisor may correct (a submitted interview only). */
    public List<Question> getQuestions() {
        if (questions == null) {
            questions = detail.getStatus() != InterviewStatus.SUBMITTED
                    ? List.of()
                    : interviews.script(interviews.interview(id)).getQuestions().stream()
                            .filter(q -> !q.isRatings())
                            .toList();
        }
        return questions;
    }

    /** The submitted answers, by question number, for the correction form. */
    public List<String[]> getAnswers() {
        if (answers == null) {
            List<String[]> shown = new ArrayList<>();
            if (!getQuestions().isEmpty()) {
                Interview interview = interviews.interview(id);
                Map<Long, Answer> saved = interviews.answers(interview);
                for (Question question : getQuestions()) {
                    Answer answer = saved.get(question.getId());
                    shown.add(new String[] {
                        String.valueOf(question.getNumber()),
                        question.getTitle(),
                        answer == null ? "" : answer.getText()
                    });
                }
            }
            answers = shown;
        }
        return answers;
    }

    public void correct() {
        if (correctionQuestion == null) {
            Messages.addError("correctionForm:question", "record.correction.question-required");
            Faces.validationFailed();
            return;
        }
        try {
            interviews.correctAnswer(id, correctionQuestion, correctionText, correctionReason);
            Messages.addGlobalInfo("record.correction.done", correctionQuestion);
            correctionQuestion = null;
            correctionText = null;
            correctionReason = null;
            timeline = null;
            answers = null;
        } catch (InterviewRuleException rule) {
            String field = rule.getMessageKey().contains("reason") ? "correctionForm:reason" : "correctionForm:text";
            Messages.addError(field, rule.getMessageKey());
            Faces.validationFailed();
        }
    }

    public void withdraw() {
        try {
            WithdrawalService.Result result = withdrawals.withdraw(id, requestedBy, withdrawalMethod, requestedOn);
            Messages.addGlobalInfo(
                    result.alreadyWithdrawn() ? "record.withdrawal.already" : "record.withdrawal.done",
                    detail.getReference());
            detail = register.detail(id);
            timeline = null;
            asAt = null;
            questions = null;
            answers = null;
        } catch (InterviewRuleException rule) {
            String key = rule.getMessageKey();
            String field = key.contains("requester")
                    ? "withdrawalForm:requestedBy"
                    : key.contains("method") ? "withdrawalForm:method" : "withdrawalForm:requestedOn";
            Messages.addError(field, key);
            Faces.validationFailed();
        }
    }

    public LocalDate getToday() {
        return register.today();
    }

    public WithdrawalRequester[] getRequesters() {
        return WithdrawalRequester.values();
    }

    public WithdrawalMethod[] getWithdrawalMethods() {
        return WithdrawalMethod.values();
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

    public WithdrawalRequester getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(WithdrawalRequester requestedBy) {
        this.requestedBy = requestedBy;
    }

    public WithdrawalMethod getWithdrawalMethod() {
        return withdrawalMethod;
    }

    public void setWithdrawalMethod(WithdrawalMethod withdrawalMethod) {
        this.withdrawalMethod = withdrawalMethod;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }
}
