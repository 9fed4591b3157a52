package org.heard.interfaces.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** Extends the session on request, signs out, and tells the page how long the session lasts. */
@Named
@RequestScoped
public class SessionBacking {

    /** The warning shows this long before the session ends, or after half of it for very short sessions. */
    private static final int WARNING_SECONDS = 120;

    @Inject
    private ExternalContext externalContext;

    /** Called by "Stay signed in": the request itself resets the idle timer. */
    public void extend() {
        // Nothing else to do: reaching the server is what extends the session.
    }

    public void signOut() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect("signin.xhtml?signedOut=true");
    }

    public int getTimeoutSeconds() {
        HttpSession session = (HttpSession) externalContext.getSession(false);
        return session == null ? 0 : session.getMaxInactiveInterval();
    }

    public int getWarningSeconds() {
        return Math.min(WARNING_SECONDS, getTimeoutSeconds() / 2);
    }
}
