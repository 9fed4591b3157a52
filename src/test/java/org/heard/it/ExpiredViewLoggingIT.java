package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.ViewExpiredException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An expired view is routine: logged once at INFO with the request id, never at SEVERE with a stack trace. */
class ExpiredViewLoggingIT extends InContainerTest {

    @ArquillianResource
    private URL deployed;

    @Test
    @DisplayName("A post with an unknown view state shows the expired page and logs one INFO line, no stack")
    void loggedAtInfo() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        HttpResponse<String> expired;
        try {
            FormClient client = new FormClient(Deployments.loopback(deployed));
            FormClient.Opened page = FormClient.Opened.of(client.get("signin.xhtml"));
            expired = client.post(
                    "signin.xhtml",
                    "signin",
                    "submit",
                    Map.of("username", "someone", "password", "secret"),
                    new FormClient.Opened("-123:456", page.nonce()));
        } finally {
            root.removeHandler(capture);
        }

        assertTrue(expired.body().contains("This page has expired"), expired.body());
        List<LogRecord> expiredLines = records.stream()
                .filter(r -> String.valueOf(r.getMessage()).startsWith("Expired view [request "))
                .toList();
        assertEquals(1, expiredLines.size(), "one line for the expired view");
        assertEquals(Level.INFO, expiredLines.get(0).getLevel());
        assertTrue(expiredLines.get(0).getMessage().matches("Expired view \\[request [0-9a-f-]{36}].*"));
        assertEquals(null, expiredLines.get(0).getThrown(), "no stack trace");
        assertTrue(
                records.stream()
                        .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                        .noneMatch(ExpiredViewLoggingIT::aboutExpiredView),
                "nothing about it at WARNING or SEVERE");
    }

    private static boolean aboutExpiredView(LogRecord record) {
        for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
            if (thrown instanceof ViewExpiredException) {
                return true;
            }
        }
        return String.valueOf(record.getMessage()).contains("ViewExpired");
    }
}
