package org.heard.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.omnifaces.util.Servlets;

/**
 * Keeps a member of staff whose password is temporary on the page that changes
 * it: every other page (and every JSON endpoint) sends them there, until they
 * have chosen their own password. Resources, the sign-in page and the page
 * itself pass.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PasswordChangeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The page where a temporary password is changed. */
    public static final String PAGE = "/account/password.xhtml";

    @Inject
    private CallerContext callerContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() == null || passes(path)) {
            chain.doFilter(request, response);
            return;
        }
        boolean mustChange =
                callerContext.caller().map(Caller::isMustChangePassword).orElse(false);
        if (!mustChange) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            Servlets.facesRedirect(request, response, request.getContextPath() + PAGE);
        }
    }

    private static boolean passes(String path) {
        return path.equals(PAGE) || path.equals("/signin.xhtml") || path.startsWith("/jakarta.faces.resource/");
    }
}
