package org.heard.application.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import org.heard.domain.model.interview.ParticipationChoice;

/**
 * What the consent register is filtered by; every part is optional. Dates are
 * days in the organisation's time zone, both inclusive, on the day the
 * interview started. The reference is matched as literal text anywhere in the code.
 */
public record ConsentRegisterFilter(
        LocalDate from,
        LocalDate to,
        Long interviewerId,
        Long teamId,
        ParticipationChoice choice,
        RegisterOutcome outcome,
        Long statementId,
        String reference)
        implements Serializable {

    /** Longest reference text searched for; a longer one cannot match any code. */
    public static final int REFERENCE_MAX = 32;

    public static ConsentRegisterFilter none() {
        return new ConsentRegisterFilter(null, null, null, null, null, null, null, null);
    }

    /** Ids and values only: never personal data, so it may be logged and audited. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "from", from);
        append(text, "to", to);
        append(text, "interviewer", interviewerId == null ? null : "#" + interviewerId);
        append(text, "team", teamId == null ? null : "#" + teamId);
        append(text, "choice", choice);
        append(text, "outcome", outcome);
        append(text, "statement", statementId == null ? null : "#" + statementId);
        append(text, "reference", reference == null || reference.isBlank() ? null : reference.strip());
        return text.isEmpty() ? "all" : text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(name).append('=').append(value);
        }
    }
}
