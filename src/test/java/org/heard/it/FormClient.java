package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser over plain HTTP: its own cookies (so its own session), redirects not followed, forms posted
 * as PrimeFaces' script posts them: with the view state of the page they came from and its CSP nonce.
 */
final class FormClient {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URL base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    FormClient(URL base) {
        this.base = base;
    }

    /** The session cookie's value, to send it from another client. */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The view state of a page's form, from its markup. */
    static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertTrue(matcher.find(), "the page has a form");
        return matcher.group(1);
    }

    /** Opens the page and posts its form {@code form} with the fields (ids without the form's prefix). */
    HttpResponse<String> submit(String path, String form, String button, Map<String, String> fields) throws Exception {
        return post(path, form, button, fields, Opened.of(get(path)));
    }

    /** A page as it was opened: what its forms post back besides their fields. */
    record Opened(String viewState, String nonce) {
        static Opened of(HttpResponse<String> page) {
            Matcher nonce = NONCE.matcher(
                    page.headers().firstValue("Content-Security-Policy").orElse(""));
            assertTrue(nonce.find(), "the page has a CSP nonce");
            return new Opened(FormClient.viewState(page.body()), nonce.group(1));
        }
    }

    /** Posts the form of a page opened before (as a browser does when the same page is submitted again). */
    HttpResponse<String> post(String path, String form, String button, Map<String, String> fields, Opened opened)
            throws Exception {
        return post(path, form, button, fields, opened, true);
    }

    /** Posts the form as a browser with JavaScript off does: without PrimeFaces' CSP nonce. */
    HttpResponse<String> postWithoutScript(
            String path, String form, String button, Map<String, String> fields, Opened opened) throws Exception {
        return post(path, form, button, fields, opened, false);
    }

    private HttpResponse<String> post(
            String path, String form, String button, Map<String, String> fields, Opened opened, boolean script)
            throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(form, form);
        fields.forEach((name, value) -> all.put(form + ":" + name, value));
        all.put(form + ":" + button, button);
        all.put("jakarta.faces.ViewState", opened.viewState());
        if (script) {
            all.put("primefaces.nonce", opened.nonce());
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form; whether it signed in (a redirect to the landing page). */
    boolean signIn(String username, String password) throws Exception {
        HttpResponse<String> response =
                submit("signin.xhtml", "signin", "submit", Map.of("username", username, "password", password));
        if (response.statusCode() == 302) {
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("index.xhtml"));
            return true;
        }
        assertTrue(response.statusCode() == 200, "a refused sign-in shows the page again: " + response.statusCode());
        assertTrue(response.body().contains("heard-error"), "a refused sign-in says so");
        return false;
    }
}
