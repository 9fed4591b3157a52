package org.heard.interfaces.web.admin.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.Set;
import org.heard.application.administration.AdministrationService;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /admin/staff/new.xhtml}: a new account with its roles and, for
 * interviewers, their kind. The temporary password is shown once, on the page
 * the form returns to, and never stored readable.
 */
@Named
@RequestScoped
public class NewStaffBacking {

    @Inject
    private AdministrationService administration;

    private String displayName;
    private String username;
    /** An array, so that Faces converts the checked values to roles. */
    private Role[] roles = new Role[0];

    private InterviewerKind kind;
    private AdministrationService.Temporary created;

    public void create() {
        try {
            Set<Role> chosen =
                    roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(java.util.Arrays.asList(roles));
            created = administration.createStaff(displayName, username, chosen, kind);
            Messages.addGlobalInfo("admin.staff.created", created.username());
        } catch (InterviewRuleException rule) {
            RefusalMessages.error(rule, "staffForm");
        }
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

    /** The account just created with its temporary password; null before. */
    public AdministrationService.Temporary getCreated() {
        return created;
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
