package org.heard.infrastructure.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code POST /session/keep-alive}: the page's answer to typing (see {@code session.js}).
 * Reaching the server restarts the session's idle timer; the answer says whether
 * someone is still signed in, {@code {"signedIn":true}} or {@code {"signedIn":false}}
 * once the session has ended (200 either way: an ended session is an answer, not an
 * error). It never creates a session, and carries nothing else. Like the autosave, it must carry the
 * header {@code X-Heard-Request} (a page of Heard's own sends it; a form on another
 * site cannot), or it is refused with 400.
 */
@WebServlet(urlPatterns = "/session/keep-alive")
public class SessionKeepAlive extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getHeader("X-Heard-Request") == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        HttpSession session = request.getSession(false);
        boolean signedIn = session != null && request.getUserPrincipal() != null;
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(signedIn ? "{\"signedIn\":true}" : "{\"signedIn\":false}");
    }
}
