package org.heard.interfaces.web.admin.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.heard.application.administration.AdministrationService;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /admin/staff/view.xhtml?id=…}: one account, disabled or enabled
 * (disabling ends its sessions at once) and its password reset to a temporary
 * one, shown once. An id of another organisation is "not found".
 */
@Named
@ViewScoped
public class ViewStaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationService administration;

    @Inject
    @Param(name = "id")
    private Long id;

    private transient StaffAccount account;
    private transient AdministrationService.Temporary reset;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        account = administration.account(id);
    }

    public void disable() {
        act(() -> administration.disable(id), "admin.staff.disabled", "admin.staff.already-disabled");
    }

    public void enable() {
        act(() -> administration.enable(id), "admin.staff.enabled", "admin.staff.already-enabled");
    }

    public void resetPassword() {
        reset = administration.resetPassword(id);
        account = administration.account(id);
        Messages.addGlobalInfo("admin.staff.reset");
    }

    private void act(java.util.function.BooleanSupplier action, String done, String already) {
        try {
            Messages.addGlobalInfo(action.getAsBoolean() ? done : already);
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
        }
        account = administration.account(id);
    }

    public StaffAccount getAccount() {
        if (account == null) {
            load();
        }
        return account;
    }

    /** The temporary password just set; null unless reset in this request. */
    public AdministrationService.Temporary getReset() {
        return reset;
    }
}
