package org.heard.application.quality;

/**
 * The mean change of one rating statement between the first and the latest interview
 * of the families of one team (the team of each family's latest interview).
 *
 * @param teamId the team, or null when not known
 * @param families how many families the mean is built from
 * @param meanChange the mean of (latest rating − first rating)
 */
public record TeamRatingChange(Long teamId, int questionNumber, int position, long families, double meanChange) {}
