package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Response headers, cookies, error pages and expired or tampered view state, seen over plain HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecureDefaultsIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @ArquillianResource
    private URL deployed;

    /** Where the tests reach Heard: the deployed URL, on loopback. */
    private URL base;

    @org.junit.jupiter.api.BeforeEach
    void onLoopback() {
        base = Deployments.loopback(deployed);
    }

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @Test
    @DisplayName("Pages carry CSP with a nonce, no-sniff, no referrer, no framing and no caching")
    void pageHeaders() throws Exception {
        HttpResponse<String> page = get("signin.xhtml", Map.of());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), csp);
        assertEquals(
                "nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(page.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS only over HTTPS");
        assertFalse(page.headers().firstValue("Server").isPresent(), "the server is not advertised");
        assertFalse(page.headers().firstValue("X-Powered-By").isPresent(), "the platform is not advertised");
    }

    @Test
    @DisplayName("The session cookie is HttpOnly and SameSite=Strict, never in the URL")
    void sessionCookie() throws Exception {
        HttpResponse<String> page = get("signin.xhtml", Map.of());
        String cookie = page.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
        assertFalse(page.body().contains("jsessionid"), "no session id in URLs");
    }

    @Test
    @DisplayName("Production project stage, server-side state saving")
    void productionDefaults() throws Exception {
        String body = get("signin.xhtml", Map.of()).body();
        Matcher viewState = VIEW_STATE.matcher(body);
        assertTrue(viewState.find());
        assertTrue(viewState.group(1).length() < 100, "server-side state saving keeps the view state a short id");
        assertFalse(body.contains("ProjectStage"), "no development stage notices");
    }

    @Test
    @DisplayName("Protected pages redirect to sign-in; an unknown page is a friendly 404")
    void redirectsAndNotFound() throws Exception {
        HttpResponse<String> admin = get("admin/index.xhtml", Map.of());
        assertEquals(302, admin.statusCode());
        assertTrue(admin.headers().firstValue("Location").orElse("").endsWith("/signin.xhtml"));

        HttpResponse<String> missing = get("no-such-page.xhtml", Map.of());
        assertEquals(404, missing.statusCode());
        assertEquals(
                "nosniff",
                missing.headers().firstValue("X-Content-Type-Options").orElse(""),
                "error pages too");
        assertEquals("no-store", missing.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(missing.body().contains("Page not found"));
        assertNoStackTrace(missing.body());

        assertEquals(404, get("WEB-INF/web.xml", Map.of()).statusCode());
    }

    @Test
    @DisplayName("A tampered or expired view state shows the friendly 'page has expired' page, never a stack trace")
    void tamperedViewState() throws Exception {
        HttpResponse<String> form = get("signin.xhtml", Map.of());
        String cookie = form.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
        String body = form(Map.of(
                "signin", "signin",
                "signin:username", "someone",
                "signin:password", "secret",
                "signin:submit", "Sign in",
                "jakarta.faces.ViewState", "-123:456"));
        HttpResponse<String> response = post("signin.xhtml", body, Map.of("Cookie", cookie));
        assertTrue(response.body().contains("This page has expired"), response.body());
        assertNoStackTrace(response.body());
        assertFalse(response.body().contains("someone"), "what was posted is not echoed back");

        // As a browser sends it: PrimeFaces' script adds the page's CSP nonce to every ajax request.
        String nonce = java.util.Base64.getEncoder()
                .encodeToString(java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        String ajaxBody = body + "&jakarta.faces.partial.ajax=true&jakarta.faces.source=signin%3Asubmit"
                + "&jakarta.faces.partial.execute=%40all&primefaces.nonce="
                + URLEncoder.encode(nonce, StandardCharsets.UTF_8);
        HttpResponse<String> ajax = post(
                "signin.xhtml",
                ajaxBody,
                Map.of(
                        "Cookie", cookie,
                        "Faces-Request", "partial/ajax",
                        "Content-Type", "application/x-www-form-urlencoded"));
        assertTrue(ajax.body().contains("partial-response"), ajax.body());
        assertTrue(ajax.body().contains("This page has expired"), ajax.body());
        assertNoStackTrace(ajax.body());
    }

    private static void assertNoStackTrace(String body) {
        assertFalse(body.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*\\.java:\\d+.*"), "no stack traces in pages");
        assertFalse(body.contains("Caused by"), "no stack traces in pages");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach((name, value) -> {
            if (!name.equals("Content-Type")) {
                request.header(name, value);
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
