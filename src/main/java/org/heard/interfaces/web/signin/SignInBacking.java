package org.heard.interfaces.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.heard.application.account.SignInAttempts;
import org.heard.application.account.SignInThrottle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Signs a member of staff in, then sends them on to the page they asked for or their landing page. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private SignInAttempts attempts;

    @Inject
    private FacesContext facesContext;

    @Inject
    private ExternalContext externalContext;

    private String username;
    private String password;

    /** On GET: someone already signed in goes straight to their landing page. */
    public void onLoad() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            Faces.redirect("index.xhtml");
        }
    }

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        if (throttle.isThrottled(attempts.resolve(username).throttleKey(), request.getRemoteAddr())) {
            Messages.addGlobalError("signin.throttled", throttle.getLockoutMinutes());
            password = null;
            return;
        }
        // A new session id before the caller is bound to the session: a fixed or leaked id is useless.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) externalContext.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(nullToEmpty(username), nullToEmpty(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> facesContext.responseComplete();
            case SUCCESS -> Faces.redirect("index.xhtml");
            default -> Messages.addGlobalError("signin.failed");
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
