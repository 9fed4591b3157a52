package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PassageTest {

    @Test
    @DisplayName("No offsets mean the whole answer; offsets inside the words are kept as they are")
    void valid() {
        assertTrue(Passage.of(null, null, 10).isWhole());
        assertEquals(new Passage(0, 10), Passage.of(0, 10, 10));
        assertEquals(new Passage(3, 4), Passage.of(3, 4, 10));
    }

    @Test
    @DisplayName("A passage must start before it ends, within the stored words, with both offsets given")
    void refused() {
        assertEquals("qa.coding.error.passage", refusal(-1, 4, 10));
        assertEquals("qa.coding.error.passage", refusal(4, 4, 10));
        assertEquals("qa.coding.error.passage", refusal(5, 4, 10));
        assertEquals("qa.coding.error.passage", refusal(0, 11, 10));
        assertEquals("qa.coding.error.passage", refusal(null, 4, 10));
        assertEquals("qa.coding.error.passage", refusal(2, null, 10));
    }

    private static String refusal(Integer start, Integer end, int length) {
        return assertThrows(ThemingException.class, () -> Passage.of(start, end, length))
                .getMessageKey();
    }
}
