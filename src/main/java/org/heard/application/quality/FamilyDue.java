package org.heard.application.quality;

import java.time.Instant;

/**
 * A named family due for a follow-up interview, as the supervisor's list shows it.
 *
 * @param latestInterviewId the family's latest interview, which opens the family's page
 * @param reference that interview's reference, which the interviewer types to link the follow-up
 * @param respondentName the name the family gave, or null if it has been erased
 * @param teamName the team of the latest interview, or null when not known
 * @param lastEndedAt when the latest interview ended
 * @param interviews how many interviews the family has had
 * @param weeksSince whole weeks since the latest interview ended
 */
public record FamilyDue(
        Long latestInterviewId,
        String reference,
        String respondentName,
        String teamName,
        Instant lastEndedAt,
        long interviews,
        long weeksSince) {}
