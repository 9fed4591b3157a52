package org.heard.interfaces.web.qa;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.heard.application.quality.ActionLogService;
import org.heard.domain.model.quality.ActionLogException;
import org.heard.domain.model.quality.ActionStatus;
import org.heard.domain.model.quality.QualityAction;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /qa/actions.xhtml}: the "you said, we did" log. One form records a new
 * action or changes the one chosen from the list; what the analyst typed stays on the
 * page when the service refuses it.
 */
@Named
@ViewScoped
public class ActionLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActionLogService log;

    private transient List<QualityAction> actions;
    private Map<Long, String> themes;

    private Long editingId;
    private long editingVersion;
    private Long themeId;
    private String finding;
    private String actionText;
    private String owner;
    private ActionStatus status = ActionStatus.PROPOSED;
    private LocalDate sharedOn;

    public List<QualityAction> getActions() {
        if (actions == null) {
            actions = log.actions();
        }
        return actions;
    }

    public Map<Long, String> getThemes() {
        if (themes == null) {
            themes = log.themes();
        }
        return themes;
    }

    /** The theme's name, or an empty text for an action with no theme. */
    public String themeName(Long id) {
        return id == null ? "" : getThemes().getOrDefault(id, "");
    }

    /** Loads an action of the list into the form. */
    public void edit(Long id) {
        try {
            QualityAction action = log.action(id);
            editingId = action.getId();
            editingVersion = action.getVersion();
            themeId = action.getThemeId();
            finding = action.getFinding();
            actionText = action.getActionText();
            owner = action.getOwner();
            status = action.getStatus();
            sharedOn = action.getSharedOn();
        } catch (NotFoundException gone) {
            Messages.addGlobalError("qa.actions.error.gone");
        }
    }

    /** Records the new action, or saves the changes to the one being edited. */
    public void save() {
        try {
            if (editingId == null) {
                log.record(themeId, finding, actionText, owner);
                Messages.addGlobalInfo("qa.actions.recorded.done");
            } else {
                log.change(editingId, editingVersion, themeId, finding, actionText, owner, status, sharedOn);
                Messages.addGlobalInfo("qa.actions.changed.done");
            }
            clear();
        } catch (ActionLogException refused) {
            Messages.addGlobalError(refused.getMessageKey());
        } catch (NotFoundException gone) {
            Messages.addGlobalError("qa.actions.error.gone");
        }
    }

    /** Leaves the form empty, for a new action. */
    public void clear() {
        editingId = null;
        editingVersion = 0;
        themeId = null;
        finding = null;
        actionText = null;
        owner = null;
        status = ActionStatus.PROPOSED;
        sharedOn = null;
        actions = null;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public Long getEditingId() {
        return editingId;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getFinding() {
        return finding;
    }

    public void setFinding(String finding) {
        this.finding = finding;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public LocalDate getSharedOn() {
        return sharedOn;
    }

    public void setSharedOn(LocalDate sharedOn) {
        this.sharedOn = sharedOn;
    }
}
