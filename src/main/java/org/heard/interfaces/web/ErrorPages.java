package org.heard.interfaces.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Every error status, whether Heard or the container sent it (400, 403, 404, 405, 413, 415, 500, …), gets Heard's
 * own answer: for the JSON endpoints under {@code /api}, a JSON body with the status and a plain message; for
 * anything else, Heard's error page for that status ({@code /WEB-INF/errorpages/<status>.xhtml}, 500's page for a
 * status without its own). Never the container's page, which names the product and its version. {@code web.xml}
 * maps each status here.
 */
@WebServlet(name = "ErrorPages", urlPatterns = ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

    static final String PATH = "/error";
    private static final long serialVersionUID = 1L;
    private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404, 405, 413, 415, 500);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given ? given : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(status);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            answerJson(response, status);
            return;
        }
        if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                || status == HttpServletResponse.SC_LENGTH_REQUIRED) {
            // The body was refused unread: nothing may touch it, Faces included, so this page is written here.
            answerPlainPage(request, response, status);
            return;
        }
        int page = OWN_PAGES.contains(status) ? status : 500;
        request.getRequestDispatcher("/WEB-INF/errorpages/" + page + ".xhtml").forward(request, response);
    }

    /** Heard's error page for the status, as plain HTML with Heard's style sheet, without Faces. */
    private static void answerPlainPage(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        String key = "error." + (status == HttpServletResponse.SC_LENGTH_REQUIRED ? 400 : status);
        String title = escape(MessageBundleResolver.format(key + ".title"));
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                        + "<title>" + title + " – " + escape(MessageBundleResolver.format("app.name")) + "</title>"
                        + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                        + "/jakarta.faces.resource/css/heard.css.xhtml?ln=heard\"/></head>"
                        + "<body><main id=\"main\" class=\"heard-main\"><h1>" + title + "</h1>"
                        + "<p id=\"error-text\">" + escape(MessageBundleResolver.format(key + ".text")) + "</p>"
                        + "<p><a href=\"" + request.getContextPath() + "/index.xhtml\">"
                        + escape(MessageBundleResolver.format("error.home.link")) + "</a></p></main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void answerJson(HttpServletResponse response, int status) throws IOException {
        int key = OWN_PAGES.contains(status) ? status : 500;
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Json.createWriter(response.getWriter())
                .writeObject(Json.createObjectBuilder()
                        .add("status", status)
                        .add("message", MessageBundleResolver.format("error." + key + ".title"))
                        .build());
    }
}
