package org.heard.domain.model.quality;

/**
 * The part of an answer a theme tag applies to: characters {@code [start, end)} of the
 * answer's stored text (UTF-16 offsets, as Java and JavaScript count them), or the whole
 * answer when both are {@code null}. Offsets always refer to the stored words, never to
 * the redacted text shown to analysts, so that redaction can change without moving a tag.
 */
public record Passage(Integer start, Integer end) {

    /** The whole answer. */
    public static final Passage WHOLE = new Passage(null, null);

    /**
     * A passage of a text of {@code length} characters, checked: both offsets or neither,
     * {@code 0 <= start < end <= length}.
     *
     * @throws ThemingException {@code qa.coding.error.passage} when they do not fit
     */
    public static Passage of(Integer start, Integer end, int length) {
        if (start == null && end == null) {
            return WHOLE;
        }
        if (start == null || end == null || start < 0 || start >= end || end > length) {
            throw new ThemingException("qa.coding.error.passage");
        }
        return new Passage(start, end);
    }

    public boolean isWhole() {
        return start == null;
    }
}
