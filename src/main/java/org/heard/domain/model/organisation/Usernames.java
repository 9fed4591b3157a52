package org.heard.domain.model.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one form in which a user name is stored, looked up and throttled: Unicode NFKC, case-folded, trimmed.
 * Full-width letters, compatibility forms and letter case therefore all name the same account. A name holding a
 * control character (NUL included), a format character (zero-width spaces and joiners, the byte-order mark) or
 * another character that renders as nothing (fillers, variation selectors, combining grapheme joiners) is
 * refused outright: it names no account and is never looked up.
 */
public final class Usernames {

    private Usernames() {}

    /** The canonical form of a typed user name, or empty when it is blank, too long or holds a refused character. */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String folded = Normalizer.normalize(
                        Normalizer.normalize(typed, Normalizer.Form.NFKC)
                                .toUpperCase(Locale.ROOT)
                                .toLowerCase(Locale.ROOT),
                        Normalizer.Form.NFKC)
                .strip();
        if (folded.isEmpty()
                || folded.length() > StaffAccount.USERNAME_MAX
                || folded.codePoints().anyMatch(Usernames::invisible)) {
            return Optional.empty();
        }
        return Optional.of(folded);
    }

    /** Whether the character is a control, a format character or one that renders as nothing. */
    static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || Character.isIdentifierIgnorable(codePoint)
                || (Character.isWhitespace(codePoint) && codePoint != ' ')
                || codePoint == 0x034F // combining grapheme joiner
                || codePoint == 0x115F
                || codePoint == 0x1160
                || codePoint == 0x3164
                || codePoint == 0xFFA0 // Hangul fillers
                || (codePoint >= 0x180B && codePoint <= 0x180F) // Mongolian variation selectors
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) // variation selectors
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }
}
