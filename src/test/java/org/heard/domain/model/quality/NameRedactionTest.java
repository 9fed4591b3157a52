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
}
