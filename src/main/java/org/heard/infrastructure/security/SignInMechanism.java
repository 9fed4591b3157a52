package org.heard.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;
import org.heard.infrastructure.web.SecurityHeadersFilter;

/**
 * Heard's HTTP authentication mechanism: form sign-in on Heard's own page, and the
 * signed-in person's name and roles kept in their HTTP session and handed to the
 * container, both of them, on every request.
 *
 * <p>Why not the platform's form mechanism with its automatic session: that hands the
 * container the caller principal alone on each request, and Payara Micro 6 then
 * recovers the roles from a security context that is shared between threads. Under
 * concurrent requests of one session — an autosave while the interviewer moves on to
 * the next question — the roles were sometimes lost and the request refused with 403
 * (payara/Payara#6145, fixed only in Payara 7). Naming the roles explicitly never takes
 * that path. The benchmark's load driver counts such refusals; see {@code
 * docs/performance.md}.
 *
 * <ul>
 *   <li>A credential (from {@code SecurityContext.authenticate} in the sign-in page) is
 *       validated by the identity stores; on success the name and roles are kept in the
 *       session and the person continues to the page they had asked for, if any.
 *   <li>A session with a signed-in person: the container is told who it is and their
 *       roles.
 *   <li>A protected page without a signed-in person: the page is remembered (GET only)
 *       and the person is sent to the sign-in page.
 * </ul>
 *
 * Signing out invalidates the session, and with it what is kept here; so does
 * disabling the account ({@code SessionRegistry}).
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** The sign-in page, relative to the application. */
    public static final String SIGN_IN_PAGE = "/signin.xhtml";

    private static final String SIGNED_IN = SignInMechanism.class.getName() + ".signedIn";
    private static final String REQUESTED = SignInMechanism.class.getName() + ".requested";

    /** Who is signed in to a session: a user name and its roles, never family data. */
    record SignedIn(String name, Set<String> groups) implements Serializable {}

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(SIGNED_IN);
        if (kept instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (context.isProtected()) {
            remember(request);
            SecurityHeadersFilter.apply(request, response);
            return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(
                SIGNED_IN, new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        Object requested = session.getAttribute(REQUESTED);
        session.removeAttribute(REQUESTED);
        if (requested instanceof String page) {
            // The next request, to the page asked for, is signed in from the session.
            return context.redirect(page);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** Remembers a protected page asked for with GET, to continue there after signing in. */
    private static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Faces-Request") != null) {
            return;
        }
        String query = request.getQueryString();
        request.getSession(true).setAttribute(REQUESTED, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
