package org.heard.interfaces.web.admin.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.heard.application.administration.AdministrationService;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
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
    /** The flash attribute that carries a temporary password to this page, once, after it was set. */
    static final String TEMPORARY = "heard.staff.temporary";

    private transient AdministrationService.Temporary reset;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        account = administration.account(id);
        if (Faces.getFlashAttribute(TEMPORARY) instanceof AdministrationService.Temporary temporary
                && temporary.staffId() == id) {
            reset = temporary;
        }
    }

    public void disable() throws IOException {
        act(() -> administration.disable(id), "admin.staff.disabled", "admin.staff.already-disabled");
    }

    public void enable() throws IOException {
        act(() -> administration.enable(id), "admin.staff.enabled", "admin.staff.already-enabled");
    }

    /** Sets a new temporary password, then shows it on this page once (post-redirect-get). */
    public void resetPassword() throws IOException {
        Faces.setFlashAttribute(TEMPORARY, administration.resetPassword(id));
        Messages.addFlashGlobalInfo("admin.staff.reset");
        again();
    }

    /** Acts, then shows this page again with the outcome (post-redirect-get); a refusal shows here at once. */
    private void act(java.util.function.BooleanSupplier action, String done, String already) throws IOException {
        try {
            Messages.addFlashGlobalInfo(action.getAsBoolean() ? done : already);
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
            account = administration.account(id);
            return;
        }
        again();
    }

    private void again() throws IOException {
        Faces.redirect("admin/staff/view.xhtml?id=" + id);
    }

    public StaffAccount getAccount() {
        if (account == null) {
            load();
        }
        return account;
    }

    /** The temporary password just set (a new account's, or a reset one), shown once; null otherwise. */
    public AdministrationService.Temporary getReset() {
        return reset;
    }
}
