package org.heard.interfaces.web.admin.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.heard.application.administration.AdministrationService;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.FormSubmissions;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /admin/staff/new.xhtml}: a new account with its roles and, for
 * interviewers, their kind. The new account's page then shows the temporary
 * password once; it is never stored readable (until it is first used, the
 * administrator can reset it there in one click).
 */
@Named
@RequestScoped
public class NewStaffBacking {

    @Inject
    private AdministrationService administration;

    @Inject
    private FormSubmissions submissions;

    private String displayName;
    private String username;
    /** An array, so that Faces converts the checked values to roles. */
    private Role[] roles = new Role[0];

    private InterviewerKind kind;

    /**
     * Creates the account once per submission of the form, then shows it on its own page with the temporary
     * password (post-redirect-get: nothing is rendered after the account is committed).
     */
    public void create() throws IOException {
        submissions.once("staffForm", () -> {
            try {
                Set<Role> chosen =
                        roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(java.util.Arrays.asList(roles));
                AdministrationService.Temporary created =
                        administration.createStaff(displayName, username, chosen, kind);
                Messages.addFlashGlobalInfo("admin.staff.created", created.username());
                Faces.setFlashAttribute(ViewStaffBacking.TEMPORARY, created);
                return Optional.of("admin/staff/view.xhtml?id=" + created.staffId());
            } catch (InterviewRuleException rule) {
                RefusalMessages.error(rule, "staffForm");
                return Optional.empty();
            }
        });
    }

    /** The roles an organisation's administrator may give. */
    public Role[] getAllRoles() {
        return java.util.Arrays.stream(Role.values())
                .filter(Role::isOrganisationRole)
                .toArray(Role[]::new);
    }

    public InterviewerKind[] getKinds() {
        return InterviewerKind.values();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public InterviewerKind getKind() {
        return kind;
    }

    public void setKind(InterviewerKind kind) {
        this.kind = kind;
    }
}
