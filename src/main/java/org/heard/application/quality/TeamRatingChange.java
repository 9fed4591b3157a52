package org.heard.application.quality;

/**
 * How many families of one team changed one rating statement by one amount between
 * their first and their latest interview (the team of each family's latest interview).
 *
 * @param teamId the team, or null when not known
 * @param change latest rating − first rating
 * @param families how many families changed the rating by {@code change}
 * @param keySum the sum of the record keys of those families' latest interviews
 */
public record TeamRatingChange(Long teamId, int questionNumber, int position, int change, long families, long keySum) {}
