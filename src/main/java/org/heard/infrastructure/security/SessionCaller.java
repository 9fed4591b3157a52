package org.heard.infrastructure.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.domain.model.organisation.Organisation;
import org.heard.domain.model.organisation.OrganisationRepository;
import org.heard.domain.model.organisation.SignInDirectory;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.infrastructure.web.SessionRegistry;

/**
 * The signed-in member of staff, loaded once per session from the caller
 * principal. The only session-scoped bean of Heard; it holds ids and names of
 * staff, never family data.
 */
@SessionScoped
public class SessionCaller implements CallerContext, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInDirectory directory;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private HttpServletRequest request;

    @Inject
    private SessionRegistry sessions;

    private String username;
    private Caller caller;

    @Override
    public Optional<Caller> caller() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        if (caller == null || !principal.getName().equals(username)) {
            load(principal.getName());
        }
        return Optional.ofNullable(caller);
    }

    @Override
    public void refresh() {
        if (username != null) {
            load(username);
        }
    }

    private void load(String name) {
        username = name;
        caller = directory
                .findByUsername(name)
                .filter(StaffAccount::isEnabled)
                .map(this::toCaller)
                .orElse(null);
        HttpSession session = request.getSession(false);
        if (caller != null && session != null) {
            sessions.register(caller.getStaffId(), session);
        }
    }

    private Caller toCaller(StaffAccount account) {
        Organisation organisation =
                organisations.find(account.getOrganisationId()).orElseThrow();
        return new Caller(
                account.getId(),
                organisation.getId(),
                organisation.getCode(),
                organisation.getName(),
                account.getDisplayName(),
                account.getRoles(),
                account.getInterviewerKind().orElse(null),
                account.isMustChangePassword());
    }
}
