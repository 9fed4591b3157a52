package org.heard.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.heard.application.administration.StatementAdministration;
import org.heard.application.administration.StatementComparison;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.model.statement.StatementDraft;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /admin/statements.xhtml}: the published versions of the
 * confidentiality statement, the draft of the next one (start, save, publish,
 * discard), and a side-by-side comparison of any two versions.
 */
@Named
@ViewScoped
public class StatementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatementAdministration administration;

    private boolean drafting;
    private String draftText;
    private long draftVersion;
    private Long leftId;
    private Long rightId;
    private StatementComparison comparison;

    @PostConstruct
    void load() {
        loadDraft();
    }

    private void loadDraft() {
        StatementDraft draft = administration.draft().orElse(null);
        drafting = draft != null;
        draftText = draft == null ? null : draft.getText();
        draftVersion = draft == null ? 0 : draft.getVersion();
    }

    public void startDraft() {
        administration.startDraft();
        loadDraft();
        Messages.addGlobalInfo("statement.admin.draft-started");
    }

    public void saveDraft() {
        try {
            draftVersion = administration.saveDraft(draftText, draftVersion).getVersion();
            Messages.addGlobalInfo("statement.admin.draft-saved");
        } catch (InterviewRuleException rule) {
            Messages.addError("draftForm:text", rule.getMessageKey());
            Faces.validationFailed();
        } catch (NotFoundException gone) {
            Messages.addGlobalError("statement.admin.error.no-draft");
            loadDraft();
        }
    }

    /** Saves what is typed, then publishes it; a refused text stays in the box. */
    public void publish() {
        try {
            draftVersion = administration.saveDraft(draftText, draftVersion).getVersion();
            ConfidentialityStatement published = administration.publish(draftVersion);
            Messages.addGlobalInfo("statement.admin.published", published.getVersion());
            loadDraft();
        } catch (InterviewRuleException rule) {
            Messages.addError("draftForm:text", rule.getMessageKey());
            Faces.validationFailed();
        } catch (NotFoundException gone) {
            Messages.addGlobalError("statement.admin.error.no-draft");
            loadDraft();
        }
    }

    public void discardDraft() {
        administration.discardDraft();
        loadDraft();
        Messages.addGlobalInfo("statement.admin.draft-discarded");
    }

    public void compare() {
        if (leftId == null || rightId == null) {
            Messages.addError("compareForm:right", "statement.admin.compare.choose");
            Faces.validationFailed();
            return;
        }
        comparison = administration.compare(leftId, rightId);
    }

    public List<ConfidentialityStatement> getVersions() {
        return administration.versions();
    }

    public ConfidentialityStatement getCurrent() {
        return administration.current();
    }

    public boolean isDrafting() {
        return drafting;
    }

    public String getDraftText() {
        return draftText;
    }

    public void setDraftText(String draftText) {
        this.draftText = draftText;
    }

    public Long getLeftId() {
        return leftId;
    }

    public void setLeftId(Long leftId) {
        this.leftId = leftId;
    }

    public Long getRightId() {
        return rightId;
    }

    public void setRightId(Long rightId) {
        this.rightId = rightId;
    }

    public StatementComparison getComparison() {
        return comparison;
    }
}
