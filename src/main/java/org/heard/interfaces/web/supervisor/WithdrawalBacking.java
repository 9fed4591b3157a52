package org.heard.interfaces.web.supervisor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.heard.application.supervision.ConsentRegisterService;
import org.heard.application.supervision.WithdrawalService;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Messages;

/** On {@code /supervisor/interview.xhtml}: recording a family's withdrawal, which erases the interview. */
@Named
@ViewScoped
public class WithdrawalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterviewRecordBacking record;

    @Inject
    private InterviewAsAtBacking asAt;

    @Inject
    private AnswerCorrectionBacking correction;

    @Inject
    private ConsentRegisterService register;

    @Inject
    private WithdrawalService withdrawals;

    private WithdrawalRequester requestedBy;
    private WithdrawalMethod withdrawalMethod;
    private LocalDate requestedOn;

    public void withdraw() {
        try {
            WithdrawalService.Result result =
                    withdrawals.withdraw(record.getId(), requestedBy, withdrawalMethod, requestedOn);
            Messages.addGlobalInfo(
                    result.alreadyWithdrawn() ? "record.withdrawal.already" : "record.withdrawal.done",
                    record.getDetail().getReference());
            record.recordChanged();
            asAt.forget();
            correction.forget();
        } catch (InterviewRuleException rule) {
            // A refusal that names no field concerns the date.
            RefusalMessages.error(
                    "withdrawalForm", rule.getField() == null ? "requestedOn" : rule.getField(), rule.getMessageKey());
        }
    }

    public WithdrawalRequester[] getRequesters() {
        return WithdrawalRequester.values();
    }

    public WithdrawalMethod[] getWithdrawalMethods() {
        return WithdrawalMethod.values();
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
