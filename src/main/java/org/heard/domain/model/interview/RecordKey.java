package org.heard.domain.model.interview;

import java.security.SecureRandom;

/**
 * An interview's record key for the disclosure control of quality-assurance figures
 * (cell-key perturbation): a whole number from 0 to {@code RANGE - 1}, drawn at random
 * when the interview is set up, never changed and never shown. A figure's perturbation
 * is looked up by the sum of the keys of the interviews it counts.
 */
public final class RecordKey {

    /** How many keys there are: 0 to 255. */
    public static final int RANGE = 256;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RecordKey() {}

    /** A new, random key. */
    public static int next() {
        return RANDOM.nextInt(RANGE);
    }
}
