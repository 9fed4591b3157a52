package org.heard.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.heard.application.administration.RetentionService;
import org.heard.domain.model.organisation.Organisation;
import org.heard.domain.model.organisation.RetentionAction;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Serves {@code /admin/retention.xhtml}: the retention policy and what the next run would do. */
@Named
@RequestScoped
public class RetentionBacking {

    /** Most interviews listed in the dry run. */
    private static final int PREVIEW_MAX = 100;

    @Inject
    private RetentionService retention;

    private Integer months;
    private RetentionAction action;
    private List<RetentionService.Planned> preview;

    public void load() {
        if (!Faces.isPostback()) {
            Organisation organisation = retention.settings();
            months = organisation.getRetentionMonths();
            action = organisation.getRetentionAction();
        }
    }

    public void save() {
        try {
            retention.saveSettings(months, action);
            preview = null;
            Messages.addGlobalInfo("retention.saved");
        } catch (InterviewRuleException rule) {
            RefusalMessages.error(rule, "retentionForm");
        }
    }

    public List<RetentionService.Planned> getPreview() {
        if (preview == null) {
            preview = retention.preview(PREVIEW_MAX);
        }
        return preview;
    }

    public RetentionAction[] getActions() {
        return RetentionAction.values();
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public RetentionAction getAction() {
        return action;
    }

    public void setAction(RetentionAction action) {
        this.action = action;
    }
}
