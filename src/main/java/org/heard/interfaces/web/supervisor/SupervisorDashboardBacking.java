package org.heard.interfaces.web.supervisor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heard.application.audit.AuditVerification;
import org.heard.application.supervision.AuditService;
import org.heard.application.supervision.ConsentRegisterService;
import org.heard.application.supervision.SafeguardingService;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The supervisor's landing page: safeguarding concerns to acknowledge (the old
 * ones highlighted), finding an interview by its reference code, and verifying
 * the audit trail.
 */
@Named
@ViewScoped
public class SupervisorDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SafeguardingService safeguarding;

    @Inject
    private ConsentRegisterService register;

    @Inject
    private AuditService auditService;

    private transient List<SafeguardingService.OpenConcern> concerns;
    private final Map<Long, String> actions = new HashMap<>();
    private String reference;
    private AuditVerification verification;

    public List<SafeguardingService.OpenConcern> getConcerns() {
        if (concerns == null) {
            concerns = safeguarding.openConcerns();
        }
        return concerns;
    }

    public int getHighlightAfterHours() {
        return safeguarding.getHighlightAfterHours();
    }

    /** Acknowledges one concern with the action typed beside it. */
    public void acknowledge(long concernId) {
        try {
            if (safeguarding.acknowledge(concernId, actions.get(concernId))) {
                Messages.addGlobalInfo("supervisor.concerns.acknowledged");
            } else {
                Messages.addGlobalInfo("supervisor.concerns.already-acknowledged");
            }
            actions.remove(concernId);
            concerns = null;
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
            Faces.validationFailed();
        } catch (NotFoundException gone) {
            Messages.addGlobalError("supervisor.concerns.not-found");
            concerns = null;
        }
    }

    /** Opens the interview with the typed reference code, or says that there is none. */
    public void find() throws IOException {
        Optional<Long> id = register.findByReference(reference);
        if (id.isEmpty()) {
            Messages.addError("findForm:reference", "supervisor.find.not-found");
            Faces.validationFailed();
            return;
        }
        Faces.redirect("supervisor/interview.xhtml?id=%s", id.get().toString());
    }

    public void verify() {
        verification = auditService.verifyOwnOrganisation();
    }

    public Map<Long, String> getActions() {
        return actions;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    /** The last verification's result on this page; null before one was asked for. */
    public AuditVerification getVerification() {
        return verification;
    }
}
