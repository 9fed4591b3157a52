package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NameRedactionTest {

    @Test
    @DisplayName("Full names and their parts are taken out, whatever the case")
    void fullNamesAndParts() {
        NameRedaction redaction = NameRedaction.of("Farah  Khan", "Sam Worker");
        assertEquals(
                "[name] said [name] was kind; [name] rang [name] twice.",
                redaction.redact("Farah Khan said SAM was kind; farah rang Worker twice."));
    }

    @Test
    @DisplayName("Only whole words are taken out; possessives count as the name")
    void wholeWords() {
        NameRedaction redaction = NameRedaction.of("Sam");
        assertEquals("[name]'s samples, not Samuel", redaction.redact("Sam's samples, not Samuel"));
    }

    @Test
    @DisplayName("Letters of other scripts and accents mark word boundaries correctly")
    void otherScripts() {
        NameRedaction redaction = NameRedaction.of("Zoë Łukasik");
        assertEquals("[name] and [name]", redaction.redact("zoë and ŁUKASIK"));
        assertEquals("Zoëlle", redaction.redact("Zoëlle"));
    }

    @Test
    @DisplayName("Single letters are not names; no names leave the text as it was")
    void nothingToTakeOut() {
        assertEquals("J said so", NameRedaction.of("J").redact("J said so"));
        assertEquals("as it was", NameRedaction.of(null, " ").redact("as it was"));
        assertNull(NameRedaction.of("Sam").redact(null));
    }

    @Test
    @DisplayName("Characters with a meaning in regular expressions are matched literally")
    void literalMatching() {
        NameRedaction redaction = NameRedaction.of("Jo+");
        assertTrue(redaction.finds("ask jo+ about it"));
        assertFalse(redaction.finds("ask joo about it"));
    }

    @Test
    @DisplayName("Segments keep the stored text's offsets: names apart, shown as the mark, the rest as written")
    void segments() {
        NameRedaction redaction = NameRedaction.of("Farah Khan", "Sam Worker");
        String text = "I told Sam that Farah Khan was fine.";
        java.util.List<NameRedaction.Segment> segments = redaction.segments(text);
        StringBuilder shown = new StringBuilder();
        int at = 0;
        for (NameRedaction.Segment segment : segments) {
            assertEquals(at, segment.start(), "segments are contiguous");
            at = segment.end();
            shown.append(redaction.shown(text, segment));
        }
        assertEquals(text.length(), at);
        assertEquals(redaction.redact(text), shown.toString());
        assertEquals(new NameRedaction.Segment(7, 10, true), segments.get(1));
        assertEquals("Sam", text.substring(7, 10));
    }

    @Test
    @DisplayName("An excerpt of the stored words never shows a name, even one the passage cuts through")
    void excerpts() {
        NameRedaction redaction = NameRedaction.of("Farah Khan");
        String text = "Then Farah Khan rang me.";
        assertEquals("[name] rang", redaction.excerpt(text, 7, 20));
        assertEquals("Then [name]", redaction.excerpt(text, 0, 8));
        assertEquals(" rang me.", redaction.excerpt(text, 15, text.length()));
        assertTrue(redaction.segments("").isEmpty());
        assertEquals(
                java.util.List.of(new NameRedaction.Segment(0, 5, false)),
                NameRedaction.of().segments("Hello"));
    }
}
