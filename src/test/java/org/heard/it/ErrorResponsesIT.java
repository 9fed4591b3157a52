package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every error, Heard's or the container's, gets Heard's answer: JSON under {@code /api}, Heard's page elsewhere,
 * always with the security headers and never the product or its version. The redirect to sign-in carries the
 * headers too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorResponsesIT {

    @ArquillianResource
    private URL deployed;

    private URL base;
    private String session;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeEach
    void signIn() throws Exception {
        base = Deployments.loopback(deployed);
        TestData.Staff interviewer = TestData.staff(
                TestData.organisation("Error responses test"), "Ivy Interviewer", "PRACTITIONER", "INTERVIEWER");
        FormClient client = new FormClient(base);
        assertTrue(client.signIn(interviewer.username(), interviewer.password()));
        session = client.sessionId();
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource({
        "PUT, api/interviews/1/questions/1/answer, application/json, 400, not json",
        "PUT, api/interviews/1/questions/1/answer, text/plain, 415, {}",
        "GET, api/interviews/1/questions/1/answer, application/json, 405, ''",
        "PUT, api/no-such-endpoint, application/json, 404, {}"
    })
    @DisplayName("The JSON endpoints answer every error in JSON")
    void apiErrorsInJson(String method, String path, String type, int status, String body) throws Exception {
        HttpResponse<String> answer = send(method, path, type, body);

        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(
                answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                answer.headers().toString());
        assertTrue(answer.body().contains("\"status\":" + status), answer.body());
        assertHeard(answer);
    }

    @Test
    @DisplayName("The redirect to sign-in carries the security headers")
    void redirectHasHeaders() throws Exception {
        HttpResponse<String> redirect = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "admin/index.xhtml"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(302, redirect.statusCode());
        assertEquals("no-store", redirect.headers().firstValue("Cache-Control").orElse(""));
        assertHeard(redirect);
    }

    @Test
    @DisplayName("An unknown address shows Heard's page (oversize requests: RequestSizeLimitsIT)")
    void pageErrors() throws Exception {
        HttpResponse<String> missing = send("GET", "no-such-page.xhtml", "text/html", "");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
        assertHeard(missing);
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + session)
                .header("X-Heard-Request", "autosave")
                .header("Content-Type", type);
        request.method(
                method,
                body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertHeard(HttpResponse<String> answer) {
        assertEquals(
                "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(""));
        assertFalse(answer.headers().firstValue("Server").isPresent(), "the server is not advertised");
        assertFalse(answer.body().toLowerCase(Locale.ROOT).contains("payara"), "the product is not named");
    }
}
