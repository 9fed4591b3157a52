package org.heard.domain.model.quality;

import org.heard.domain.model.interview.RecordKey;

/**
 * Cell-key perturbation, the method of the Office for National Statistics for Census
 * 2021 tables, with Heard's own perturbation table. Every interview carries a random
 * record key ({@link RecordKey}, 0 to 255); a figure's cell key is the sum of the keys of
 * the interviews it counts, modulo 256; the figure shown is its count plus the
 * perturbation that the table gives for that count and cell key. The same interviews
 * therefore always get the same perturbation, in every table and under every filter, so
 * that asking again or asking differently gives the same figure, while two figures that
 * differ by a few interviews differ by those interviews plus an unknown perturbation.
 *
 * <p>The table: a count of zero is never perturbed (it has no interviews, so no key).
 * Any other count loses one for half of the cell keys and is kept for the other half;
 * which half alternates with the count, so that one key does not move every count the
 * same way: for an even count, cell keys 0 to 127 take one away; for an odd count, cell
 * keys 128 to 255 do. The perturbation is only ever 0 or −1, a perturbed count is never
 * above the true one, and it is shown only when it reaches the small-number threshold,
 * so a count under the threshold is never shown. Why one-sided and only one: see
 * {@code docs/quality-assurance.md}; in short, the difference of two perturbed counts
 * then always leaves at least two values possible for the interviews between them.
 */
public final class CellKeyPerturbation {

    /** The modulus of cell keys: the number of record keys. */
    public static final int KEYS = RecordKey.RANGE;

    private CellKeyPerturbation() {}

    /** The cell key of a figure from the sum of its interviews' record keys. */
    public static int cellKey(long keySum) {
        return (int) Math.floorMod(keySum, (long) KEYS);
    }

    /** The perturbation of {@code count} for {@code cellKey}: 0 or −1. */
    public static int perturbation(long count, int cellKey) {
        if (cellKey < 0 || cellKey >= KEYS) {
            throw new IllegalArgumentException("A cell key runs from 0 to " + (KEYS - 1));
        }
        if (count <= 0) {
            return 0;
        }
        boolean lowerHalf = cellKey < KEYS / 2;
        boolean even = count % 2 == 0;
        return lowerHalf == even ? -1 : 0;
    }

    /** The perturbed figure of {@code count} interviews whose record keys add up to {@code keySum}. */
    public static long perturbed(long count, long keySum) {
        return count + perturbation(count, cellKey(keySum));
    }
}
