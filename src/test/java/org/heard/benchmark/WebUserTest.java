package org.heard.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebUserTest {

    private static final String PAGE = "<html><head><script nonce=\"N0nce\" src=\"/x.js\"></script></head><body>"
            + "<form id=\"answer\" method=\"post\" action=\"/interviewer/interview/question.xhtml?id=7&amp;q=2\">"
            + "<input type=\"hidden\" name=\"answer\" value=\"answer\"/>"
            + "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" value=\"1:2\"/>"
            + "<input type=\"hidden\" name=\"answer:version\" value=\"\"/>"
            + "<textarea name=\"answer:text\">typed before</textarea>"
            + "<input type=\"checkbox\" name=\"answer:declined\"/>"
            + "<input type=\"checkbox\" name=\"answer:kept\" checked=\"checked\"/>"
            + "<input type=\"radio\" name=\"answer:r\" value=\"1\"/><input type=\"radio\" name=\"answer:r\" value=\"2\"/>"
            + "<select name=\"answer:team\"><option value=\"\">Any</option><option value=\"5\" selected>Five</option>"
            + "</select><button type=\"submit\" name=\"answer:next\">Next</button></form></body></html>";

    private static WebUser.Page page() {
        return new WebUser.Page(
                URI.create("http://127.0.0.1:8181/interviewer/interview/question.xhtml?id=7&q=2"), 200, PAGE);
    }

    @Test
    @DisplayName(
            "A form is submitted as a browser would: hidden fields, text, checked boxes only, the selected option, the page's nonce")
    void formFields() throws IOException {
        WebUser.Form form = WebUser.form(page(), "answer");
        Map<String, String> fields = form.fields();
        assertEquals("1:2", fields.get("jakarta.faces.ViewState"));
        assertEquals("typed before", fields.get("answer:text"));
        assertEquals("on", fields.get("answer:kept"));
        assertFalse(fields.containsKey("answer:declined"), "an unchecked box is not submitted");
        assertFalse(fields.containsKey("answer:r"), "no radio button is chosen yet");
        assertFalse(fields.containsKey("answer:next"), "a button is submitted only when pressed");
        assertEquals("5", fields.get("answer:team"));
        assertEquals("N0nce", fields.get("primefaces.nonce"));
        assertEquals(URI.create("http://127.0.0.1:8181/interviewer/interview/question.xhtml?id=7&q=2"), form.action());
        assertEquals("answer:next", form.pressing("answer:next").get("answer:next"));
    }

    @Test
    @DisplayName("Choosing a value the form does not offer is refused, not sent")
    void unknownChoice() throws IOException {
        WebUser.Form form = WebUser.form(page(), "answer");
        form.choose("answer:r", "2");
        assertEquals("2", form.fields().get("answer:r"));
        assertThrows(IOException.class, () -> form.choose("answer:r", "3"));
        assertThrows(IOException.class, () -> WebUser.form(page(), "missing"));
    }

    @Test
    @DisplayName("The benchmark drives loopback addresses only")
    void loopbackOnly() {
        assertTrue(LoadDriver.isLoopback(URI.create("http://127.0.0.1:8181/")));
        assertTrue(LoadDriver.isLoopback(URI.create("http://localhost:8181/")));
        assertFalse(LoadDriver.isLoopback(URI.create("http://192.0.2.10:8181/")));
        assertThrows(
                IllegalArgumentException.class, () -> new WebUser(URI.create("http://192.0.2.10/"), new AtomicLong()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LoadDriver(new LoadDriver.Settings(
                        URI.create("http://192.0.2.10/"),
                        "pw",
                        List.of("someone"),
                        List.of(),
                        List.of(),
                        1,
                        Duration.ofSeconds(1),
                        Duration.ZERO,
                        1,
                        Duration.ZERO,
                        Duration.ZERO,
                        "/qa/index.xhtml",
                        null,
                        false,
                        1)));
    }
}
