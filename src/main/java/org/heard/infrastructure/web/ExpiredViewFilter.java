package org.heard.infrastructure.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Shows the "page has expired" page for an expired view (a page left open past its session, a replayed or
 * unknown view state) without letting the exception out of the Faces servlet, where the container would log it as
 * a WARNING with its stack trace. It is routine: {@link NotFoundExceptionHandlerFactory} has already logged it at
 * INFO with the request id. The page is rendered fresh, with the posted parameters hidden, as
 * {@link ErrorPageRequestFilter} does for error pages. Ajax requests never get here: OmniFaces'
 * FullAjaxExceptionHandler answers them. Declared in {@code web.xml}, around the Faces servlet, outside OmniFaces'
 * exception filter.
 */
public class ExpiredViewFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/WEB-INF/errorpages/expired.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException thrown) {
            if (!expired(thrown) || response.isCommitted()) {
                throw thrown;
            }
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_OK);
            request.getRequestDispatcher(PAGE).forward(new ErrorPageRequestFilter.WithoutParameters(request), response);
        }
    }

    private static boolean expired(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}
