package org.heard.domain.model.interview;

/**
 * Text as a family's words and an interviewer's notes are stored: the one
 * normal form every save path (autosave, "Save and continue", corrections)
 * writes. Line breaks are LF whatever the browser sent (a form posts CRLF, a
 * script sends LF); tabs and line breaks are kept; NUL and the other control
 * characters (Unicode category Cc), and halves of characters that have lost
 * their other half, are removed, since no one types them and a database may
 * refuse or cut them. Nothing else is changed: spaces, emoji, right-to-left
 * marks and other formatting characters stay exactly as typed.
 *
 * <p>Lengths are counted in characters as a person sees them (Unicode code
 * points), as the page's counter shows: an emoji counts once, a line break once.
 */
public final class TypedText {

    private TypedText() {}

    /** The text in its normal form; null stays null. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder normal = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                normal.append('\n');
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                normal.append(c);
            } else if (Character.isISOControl(c)) {
                continue;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    normal.append(c).append(text.charAt(i + 1));
                    i++;
                }
            } else if (!Character.isLowSurrogate(c)) {
                normal.append(c);
            }
        }
        return normal.toString();
    }

    /** The number of characters of the text as a person sees them (code points); 0 for null. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
