package org.heard.domain.model.quality;

import java.util.OptionalDouble;

/**
 * Agreement between two analysts who each decided, for the same answers, whether a
 * theme applies: Cohen's kappa, {@code (po − pe) / (1 − pe)}, where {@code po} is the
 * share of answers on which they agree and {@code pe} the agreement expected by chance
 * from how often each applied the theme. 1 is perfect agreement, 0 no better than
 * chance; it is undefined when chance alone explains all agreement (both analysts
 * made the same single choice throughout), and for no answers.
 *
 * @param both answers both analysts tagged with the theme
 * @param firstOnly answers only the first analyst tagged
 * @param secondOnly answers only the second analyst tagged
 * @param neither answers both coded but neither tagged with the theme
 */
public record CohenKappa(long both, long firstOnly, long secondOnly, long neither) {

    public CohenKappa {
        if (both < 0 || firstOnly < 0 || secondOnly < 0 || neither < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /** The number of answers both analysts coded. */
    public long answers() {
        return both + firstOnly + secondOnly + neither;
    }

    /** The share of answers on which the two agree. */
    public double observedAgreement() {
        return answers() == 0 ? Double.NaN : (double) (both + neither) / answers();
    }

    /** Kappa, or empty when it is undefined. */
    public OptionalDouble kappa() {
        long n = answers();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double firstYes = (double) (both + firstOnly) / n;
        double secondYes = (double) (both + secondOnly) / n;
        double expected = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
        if (expected >= 1.0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((observedAgreement() - expected) / (1 - expected));
    }
}
