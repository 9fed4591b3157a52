package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every listener, plain HTTP and HTTPS, refuses an oversize body before reading it: 413, with Heard's page for a
 * page and JSON for {@code /api}, Heard's security headers and nothing about the product. The request declares 30 MB
 * and sends none of it; an answer that waited for the body would never come.
 *
 * <p>It starts its own Payara Micro (with {@code --sslport}) outside Arquillian, so it runs beside the other classes.
 */
@Execution(ExecutionMode.CONCURRENT)
class RequestSizeLimitsIT {

    private static final long THIRTY_MB = 30L * 1024 * 1024;
    private static final int ANSWER_SECONDS = 20;

    @TempDir
    static Path directory;

    private static final java.util.regex.Pattern ACCOUNT =
            java.util.regex.Pattern.compile("^\\s+(bh-interviewer)\\s+(\\S{16})\\s+\\[(.+)]$");
    private static final Map<String, String> PASSWORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static PayaraProcess server;
    private static String session;
    private static int httpPort;
    private static int httpsPort;

    @BeforeAll
    static void start() throws Exception {
        PayaraProcess.Launch launch = PayaraProcess.in(directory);
        httpPort = launch.url().getPort();
        httpsPort = PayaraProcess.freePort();
        server = launch.options("--sslport", Integer.toString(httpsPort))
                .environment("HEARD_DEMO", "true")
                .onOutput(line -> {
                    java.util.regex.Matcher account = ACCOUNT.matcher(line);
                    if (account.matches()) {
                        PASSWORDS.put(account.group(1), account.group(2));
                    }
                })
                .start();
        FormClient interviewer = new FormClient(new java.net.URL("http://127.0.0.1:" + httpPort + "/"));
        assertTrue(interviewer.signIn("bh-interviewer", PASSWORDS.get("bh-interviewer")));
        session = interviewer.sessionId();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"HTTP", "HTTPS"})
    @DisplayName("A page's form declaring 30 MB is refused at once with Heard's 413 page")
    void pageRefused(String listener) throws Exception {
        String answer = send(listener, "POST", "/signin.xhtml", "application/x-www-form-urlencoded");

        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("Too much was sent at once"), answer);
        assertHeard(answer);
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"HTTP", "HTTPS"})
    @DisplayName("A signed-in person's JSON body declaring 30 MB is refused at once with 413 in JSON")
    void jsonRefused(String listener) throws Exception {
        String answer = send(listener, "PUT", "/api/interviews/1/questions/1/answer", "application/json");

        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("\"status\":413"), answer);
        assertHeard(answer);
    }

    private static void assertHeard(String answer) {
        String lower = answer.toLowerCase(java.util.Locale.ROOT);
        assertTrue(lower.contains("x-content-type-options: nosniff"), answer);
        assertFalse(lower.contains("payara"), "the product is not named");
        assertFalse(lower.contains("\nserver:"), "no Server header");
    }

    /** Sends the request line and headers declaring 30 MB, no body, and reads the answer until the server closes. */
    private static String send(String listener, String method, String path, String type) throws Exception {
        boolean secure = listener.equals("HTTPS");
        int port = secure ? httpsPort : httpPort;
        try (Socket socket = secure ? tls(port) : new Socket()) {
            if (!secure) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            }
            socket.setSoTimeout((int) Duration.ofSeconds(ANSWER_SECONDS).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: " + type
                            + "\r\nX-Heard-Request: autosave\r\nCookie: JSESSIONID=" + session + "\r\nContent-Length: "
                            + THIRTY_MB + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readAnswer(socket.getInputStream());
        }
    }

    /** The status line, headers and body, up to the end of the body or the connection. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        try {
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                String sofar = answer.toString(StandardCharsets.UTF_8);
                if (sofar.contains("</html>") || sofar.endsWith("}") || sofar.endsWith("}\r\n0\r\n\r\n")) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("no answer within " + ANSWER_SECONDS + " s: " + answer, e);
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    /** A TLS connection to Payara Micro's own self-signed certificate, on loopback only. */
    private static Socket tls(int port) throws Exception {
        TrustManager[] trustAll = {
            new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustAll, new SecureRandom());
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.startHandshake();
        return socket;
    }
}
