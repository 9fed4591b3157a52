package org.heard.application.quality;

/**
 * The change of one rating statement over a team's families between their first and
 * latest interview. When suppressed, neither the number of families nor the mean is
 * given.
 *
 * @param teamName the team, or null when not known
 * @param suppressed built from fewer families than the suppression threshold
 * @param families the number of families, 0 when suppressed
 * @param meanChange the mean change on the 1–5 scale, null when suppressed
 */
public record TeamChange(
        String teamName, RatingColumn statement, boolean suppressed, long families, Double meanChange) {}
