package org.heard.application.quality;

/**
 * The change of one rating statement over a team's families between their first and
 * latest interview, perturbed as the dashboard's figures are. When suppressed, neither
 * the number of families nor the mean is given.
 *
 * @param teamName the team, or null when not known
 * @param suppressed the perturbed number of families is under the suppression threshold
 * @param families the perturbed number of families, 0 when suppressed
 * @param meanChange the mean change on the 1–5 scale, worked out from the perturbed
 *     number of families of each change and rounded to one decimal; null when suppressed
 */
public record TeamChange(
        String teamName, RatingColumn statement, boolean suppressed, long families, Double meanChange) {}
