package org.heard.domain.model.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    @DisplayName("Line breaks are stored as LF whether the browser sent CRLF, CR or LF")
    void lineBreaks() {
        assertEquals("one\ntwo\nthree\nfour", TypedText.normalise("one\r\ntwo\rthree\nfour"));
        assertEquals("\n\n", TypedText.normalise("\r\n\r\n"));
        assertEquals("a\n\nb", TypedText.normalise("a\r\rb"));
    }

    @Test
    @DisplayName("NUL and other control characters are removed; tabs and line breaks are kept")
    void controlCharacters() {
        assertEquals("ab", TypedText.normalise("a\u0000b"));
        assertEquals("tab\there\nnext", TypedText.normalise("tab\there\u0007\nnext\u001B"));
        assertEquals("xy", TypedText.normalise("x\u007F\u0085\u009Fy"));
        assertEquals("", TypedText.normalise("\u000B\u000C"));
    }

    @Test
    @DisplayName("Everything else stays exactly as typed: spaces, emoji, accents, formatting marks")
    void keptAsTyped() {
        String typed = "  Café 😀 \u202Eright-to-left\u200B and a non-breaking\u00A0space  ";
        assertEquals(typed, TypedText.normalise(typed));
        assertNull(TypedText.normalise(null));
        assertEquals("", TypedText.normalise(""));
    }

    @Test
    @DisplayName("Half of an emoji whose other half was lost is removed; a whole emoji is kept")
    void loneSurrogates() {
        assertEquals("ab", TypedText.normalise("a\uD83Db"));
        assertEquals("ab", TypedText.normalise("a\uDE00b"));
        assertEquals("a\uD83D\uDE00b", TypedText.normalise("a\uD83D\uDE00b"));
    }

    @Test
    @DisplayName("Characters are counted as a person sees them: an emoji once, a line break once")
    void counting() {
        assertEquals(0, TypedText.length(null));
        assertEquals(1, TypedText.length("😀"));
        assertEquals(2, "😀".length(), "two UTF-16 units, one character");
        assertEquals(3, TypedText.length(TypedText.normalise("a\r\nb")));
        assertEquals(5, TypedText.length("Café\t"));
    }

    @Test
    @DisplayName("Normalising twice changes nothing more")
    void idempotent() {
        String once = TypedText.normalise("a\r\n\u0000b\rc\uD83D");
        assertEquals(once, TypedText.normalise(once));
    }
}
