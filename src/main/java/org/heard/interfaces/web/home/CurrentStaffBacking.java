package org.heard.interfaces.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.domain.model.organisation.Role;
import org.omnifaces.util.Faces;

/** The signed-in member of staff for the page header, and the redirect from {@code /} to a landing page. */
@Named("currentStaff")
@RequestScoped
public class CurrentStaffBacking {

    @Inject
    private CallerContext callerContext;

    private Caller caller;

    public Caller getCaller() {
        if (caller == null) {
            caller = callerContext.caller().orElse(null);
        }
        return caller;
    }

    public boolean isSignedIn() {
        return getCaller() != null;
    }

    /** The caller's roles in a stable order, for the navigation. */
    public List<Role> getRoles() {
        Caller current = getCaller();
        return current == null
                ? List.of()
                : Arrays.stream(Role.values()).filter(current::hasRole).toList();
    }

    /** On {@code /index.xhtml}: go to the landing page of the caller's first role. */
    public void land() throws IOException {
        List<Role> roles = getRoles();
        if (roles.isEmpty()) {
            Faces.redirect("signin.xhtml");
        } else {
            Faces.redirect(roles.get(0).landingPage().substring(1));
        }
    }
}
