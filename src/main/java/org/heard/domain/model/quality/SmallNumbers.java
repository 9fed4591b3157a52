package org.heard.domain.model.quality;

/**
 * Small-number suppression: a count, share or statistic built from fewer than
 * {@code minimum} interviews is never shown nor exported, so that no family or social
 * worker can be singled out from a report. Every figure that the quality-assurance
 * pages show or export passes through {@link #hides}.
 *
 * @param minimum the smallest number of interviews a figure may be built from
 */
public record SmallNumbers(int minimum) {

    /** The framework's default: figures from fewer than 5 interviews are suppressed. */
    public static final int DEFAULT_MINIMUM = 5;

    public SmallNumbers {
        if (minimum < 1) {
            throw new IllegalArgumentException("The suppression threshold must be at least 1");
        }
    }

    /** Whether a figure built from {@code interviews} interviews must be suppressed. */
    public boolean hides(long interviews) {
        return interviews < minimum;
    }

    /** Whether a figure built from {@code interviews} interviews may be shown. */
    public boolean shows(long interviews) {
        return !hides(interviews);
    }
}
