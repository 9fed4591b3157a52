package org.heard.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One virtual person's browser: its own cookies (so its own session) and connections,
 * talking to Heard on loopback only. It follows redirects itself, so that a step is
 * timed from the form's submission to the next page, as a person waits for it.
 */
final class WebUser {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final HttpClient http;
    private final java.util.concurrent.atomic.AtomicLong container403s;

    WebUser(URI base, java.util.concurrent.atomic.AtomicLong container403s) {
        this.container403s = container403s;
        if (!LoadDriver.isLoopback(base)) {
            throw new IllegalArgumentException("The benchmark drives loopback addresses only, not " + base);
        }
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A page as the browser ends up showing it: after redirects, with its final address. */
    record Page(URI uri, int status, String body) {
        Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        String path() {
            return uri.getPath();
        }

        String query() {
            return uri.getQuery() == null ? "" : uri.getQuery();
        }
    }

    URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    Page get(String path) throws IOException, InterruptedException {
        return follow(
                HttpRequest.newBuilder(resolve(path)).timeout(TIMEOUT).GET().build());
    }

    /** Submits a form as a browser does (URL-encoded), then follows the redirect to the next page. */
    Page post(URI action, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(action)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
        headers.forEach(request::header);
        return follow(request.build());
    }

    /** A JSON call as the interview page's script makes it; answers the status and body. */
    HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(resolve(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Heard-Request", "autosave")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Submits a form whose answer is a download; reads it through and answers its size and lines. */
    long[] download(URI action, Map<String, String> fields) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(action)
                        .timeout(Duration.ofMinutes(5))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[65_536];
        try (InputStream in = response.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new long[] {response.statusCode(), bytes, lines};
    }

    private Page follow(HttpRequest first) throws IOException, InterruptedException {
        HttpRequest request = first;
        for (int hops = 0; hops < 6; hops++) {
            HttpResponse<String> response = send(request);
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                return new Page(request.uri(), status, response.body());
            }
            String location = response.headers()
                    .firstValue("Location")
                    .orElseThrow(() -> new IOException("A redirect without a Location"));
            URI next = request.uri().resolve(location);
            if (!LoadDriver.isLoopback(next)) {
                throw new IOException("Redirected away from loopback: " + next);
            }
            request = HttpRequest.newBuilder(next).timeout(TIMEOUT).GET().build();
        }
        throw new IOException("Too many redirects from " + first.uri());
    }

    /**
     * Sends a request. One that the container refuses with 403 although the session is
     * signed in with the right role is counted apart: Payara Micro 6 lost a session's roles
     * under concurrent requests with the platform's form mechanism (payara/Payara#6145),
     * which Heard's own sign-in mechanism avoids. Such a refusal is an error of the run,
     * never sent again.
     */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (refusedByContainer(response)) {
            container403s.incrementAndGet();
        }
        return response;
    }

    /** The container's 403 page for a signed-in person (it names who is signed in). */
    private static boolean refusedByContainer(HttpResponse<String> response) {
        return response.statusCode() == 403 && response.body().contains("id=\"signed-in-as\"");
    }

    /** The fields a browser would submit for the form with this id, before the person changes any. */
    static Form form(Page page, String id) throws IOException {
        Document document = page.document();
        Element form = document.getElementById(id);
        if (form == null || !"form".equals(form.tagName())) {
            throw new IOException("No form '" + id + "' on " + page.path() + " (status " + page.status() + ")");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            switch (input.tagName()) {
                case "textarea" -> fields.put(name, input.wholeText());
                case "select" -> {
                    Element selected = input.selectFirst("option[selected]");
                    if (selected == null) {
                        selected = input.selectFirst("option");
                    }
                    fields.put(name, selected == null ? "" : selected.attr("value"));
                }
                default -> {
                    String type = input.attr("type").toLowerCase(java.util.Locale.ROOT);
                    if (type.equals("submit") || type.equals("button") || type.equals("image")) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        continue;
                    }
                    fields.put(name, input.hasAttr("value") ? input.attr("value") : "on");
                }
            }
        }
        // PrimeFaces' CSP support adds the page's nonce to every form (PrimeFaces.csp.init); ajax requests need it.
        Element script = document.selectFirst("script[nonce]");
        if (script != null) {
            fields.put("primefaces.nonce", script.attr("nonce"));
        }
        return new Form(URI.create(form.absUrl("action")), fields, form);
    }

    /** A form's action and fields, to change and submit. */
    record Form(URI action, Map<String, String> fields, Element element) {

        Form set(String name, String value) {
            fields.put(name, value);
            return this;
        }

        /** Chooses the radio button or option of a field by its value, as a person clicks it. */
        Form choose(String name, String value) throws IOException {
            boolean exists = !element.select("input[name=\"" + name + "\"][value=\"" + value + "\"]")
                            .isEmpty()
                    || !element.select("select[name=\"" + name + "\"] option[value=\"" + value + "\"]")
                            .isEmpty();
            if (!exists) {
                throw new IOException("No choice '" + value + "' for " + name);
            }
            fields.put(name, value);
            return this;
        }

        /** The value of the first radio button of a field. */
        String firstChoice(String name) throws IOException {
            Element radio = element.selectFirst("input[name=\"" + name + "\"]");
            if (radio == null) {
                throw new IOException("No field " + name);
            }
            return radio.attr("value");
        }

        boolean has(String name) {
            return !element.select("[name=\"" + name + "\"]").isEmpty();
        }

        Map<String, String> pressing(String button) {
            Map<String, String> submitted = new LinkedHashMap<>(fields);
            submitted.put(button, button);
            return submitted;
        }
    }

    static String encode(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
