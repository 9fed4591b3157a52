package org.heard.interfaces.web.supervisor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.heard.application.supervision.ConsentDetail;
import org.heard.application.supervision.ConsentRegisterService;
import org.heard.application.supervision.HistoryEntry;
import org.heard.application.supervision.InterviewHistoryService;
import org.heard.domain.model.audit.AuditChain;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.heard.interfaces.web.DatesBacking;
import org.heard.interfaces.web.MessageBundleResolver;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /supervisor/interview.xhtml}: one interview's consent record
 * (viewing it is audited once per page view), its receipt and its history. The
 * page's actions have their own beans: {@link InterviewAsAtBacking},
 * {@link AnswerCorrectionBacking}, {@link WithdrawalBacking}.
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
    private DatesBacking dates;

    private ConsentDetail detail;
    private transient List<HistoryEntry> timeline;

    @PostConstruct
    void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        detail = register.detail(id);
    }

    /** The interview's id, from the page's URL. */
    public Long getId() {
        return id;
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

    public void downloadReceipt() throws IOException {
        try {
            ConsentDetail receipt = register.receipt(id);
            AuditChain head = register.auditHead();
            Faces.sendFile(
                    "consent-receipt-" + receipt.getReference() + ".pdf",
                    true,
                    out -> ConsentReceiptPdf.write(receipt, head, dates, out));
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
        }
    }

    /** After an action changed the interview: its history is read again when next shown. */
    public void historyChanged() {
        timeline = null;
    }

    /** After the interview was withdrawn: its record and history are read again. */
    public void recordChanged() {
        detail = register.detail(id);
        timeline = null;
    }
}
