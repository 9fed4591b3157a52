package org.heard.application.quality;

import java.time.Instant;
import java.util.List;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.organisation.InterviewerKind;

/**
 * One named family's interviews over time, oldest first, with the ratings given in each.
 *
 * @param respondentName the name the family gave most recently, or null if erased
 * @param columns the rating statements rated in any of the interviews
 * @param visits the interviews; each visit's ratings follow {@code columns}
 */
public record FamilyHistory(String respondentName, List<RatingColumn> columns, List<Visit> visits) {

    /**
     * One interview of the family.
     *
     * @param ratings one value per column, null where not rated
     */
    public record Visit(
            Long interviewId,
            String reference,
            Instant startedAt,
            InterviewStatus status,
            InterviewMode mode,
            InterviewerKind interviewerKind,
            String teamName,
            List<Integer> ratings) {}
}
