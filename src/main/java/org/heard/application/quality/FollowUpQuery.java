package org.heard.application.quality;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.heard.domain.model.interview.Interview;

/**
 * The reads behind following families over time, all within the caller's organisation.
 * A family is the set of interviews that share a pseudonymous family key.
 */
public interface FollowUpQuery {

    /**
     * The latest interview of each family that is due for a follow-up: that latest
     * interview is submitted or stopped with the answers kept, ended before
     * {@code endedBefore}, and neither withdrawn nor anonymised; a family with an
     * interview under way is not due. Longest waiting first.
     */
    List<Interview> due(Instant endedBefore, int limit);

    /** How many interviews each of these families has had, by family key. */
    Map<String, Long> interviewCounts(Collection<String> familyKeys);

    /** Every interview of the family, oldest first. */
    List<Interview> family(String familyKey);

    /** The Q2-style ratings (1–5) of these interviews. */
    List<FamilyRating> ratings(Collection<Long> interviewIds);

    /**
     * For families with at least two rated interviews: how many families changed each
     * rating by each amount between their first and their latest interview, with the
     * sum of the record keys of their latest interviews, by the team of the latest
     * interview and the statement's question and position. Counted by the database.
     */
    List<TeamRatingChange> changeByTeam();
}
