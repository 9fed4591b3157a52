package org.heard.application.interview;

import jakarta.validation.constraints.NotNull;
import org.heard.domain.model.interview.ParticipationChoice;

/**
 * What the family decided after the statement was read to them, as the
 * interviewer records it: which interview and statement version, whether the
 * statement was read in full, whether they agreed, their choice of how they are
 * named, and the names they gave. The rules that make a decision recordable
 * (read in full, a choice when they agreed, names only when chosen) are the
 * consent record's own.
 *
 * @param interviewId the interview
 * @param statementId the statement version read aloud
 * @param statementRead whether the statement was read in full
 * @param agreed whether the family agreed; null when they have not answered
 * @param choice how the family chose to take part; null when they declined
 * @param respondentName the name the respondent gave, when they chose to be named
 * @param socialWorkerName the social worker's name, when the family gave it
 */
public record ConsentDecision(
        @NotNull Long interviewId,
        @NotNull Long statementId,
        boolean statementRead,
        Boolean agreed,
        ParticipationChoice choice,
        String respondentName,
        String socialWorkerName) {}
