package org.heard.domain.model.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.heard.domain.shared.InterviewRuleException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An answer is stored in one normal form, counted as the page counts, and never both declined and worded. */
class AnswerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T21:00:00Z");

    @Test
    @DisplayName("A form's CRLF and a script's LF store the same text")
    void sameTextFromEveryPath() {
        Answer fromForm = new Answer(1, 2);
        fromForm.write("first line\r\nsecond line", false, "note\r\nmore", 9, NOW);
        Answer fromAutosave = new Answer(1, 2);
        fromAutosave.write("first line\nsecond line", false, "note\nmore", 9, NOW);
        assertEquals(fromAutosave.getText(), fromForm.getText());
        assertEquals("first line\nsecond line", fromForm.getText());
        assertEquals("note\nmore", fromForm.getNote());
    }

    @Test
    @DisplayName("NUL and control characters are removed from the text and the note")
    void controlCharactersRemoved() {
        Answer answer = new Answer(1, 2);
        answer.write("a\u0000b\tc", false, "\u0007n", 9, NOW);
        assertEquals("ab\tc", answer.getText());
        assertEquals("n", answer.getNote());
    }

    @Test
    @DisplayName("20,000 characters with line breaks fit whichever way the breaks were sent; 20,001 do not")
    void lengthInCharacters() {
        String lines = "x".repeat(99) + "\r\n";
        String typed = lines.repeat(200); // 20,200 UTF-16 units as posted by a form, 20,000 characters stored
        Answer answer = new Answer(1, 2);
        answer.write(typed, false, null, 9, NOW);
        assertEquals(Answer.TEXT_MAX, TypedText.length(answer.getText()));
        InterviewRuleException tooLong =
                assertThrows(InterviewRuleException.class, () -> answer.write(typed + "y", false, null, 9, NOW));
        assertEquals("question.error.answer-too-long", tooLong.getMessageKey());
        answer.write("😀".repeat(Answer.TEXT_MAX), false, null, 9, NOW);
        assertEquals(Answer.TEXT_MAX * 2, answer.getText().length(), "20,000 emoji are 20,000 characters");
    }

    @Test
    @DisplayName("An answer both declined and with words is refused; declined with a note is kept")
    void declinedWithWords() {
        Answer answer = new Answer(1, 2);
        InterviewRuleException refused =
                assertThrows(InterviewRuleException.class, () -> answer.write("words", true, null, 9, NOW));
        assertEquals("question.error.declined-with-text", refused.getMessageKey());
        assertNull(answer.getText(), "nothing written");
        answer.write(null, true, "They said: words", 9, NOW);
        assertTrue(answer.isDeclined());
        assertEquals("They said: words", answer.getNote());
        answer.write("\u0000", true, null, 9, NOW);
        assertNull(answer.getText(), "only removed characters: no words");
    }
}
