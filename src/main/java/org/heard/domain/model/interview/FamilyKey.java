package org.heard.domain.model.interview;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The pseudonymous key that links the interviews of one family: 128 random bits as 32
 * hexadecimal digits. It is never derived from a name, so it reveals nothing by itself;
 * only interviews in which the family gave their name carry one.
 */
public final class FamilyKey {

    /** The length of a key in characters. */
    public static final int LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private FamilyKey() {}

    /** A new, random key. */
    public static String next() {
        byte[] bytes = new byte[LENGTH / 2];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
