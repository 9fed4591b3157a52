package org.heard.domain.model.interview;

/** Who asked for the family's feedback to be withdrawn. */
public enum WithdrawalRequester {
    /** The person who was interviewed. */
    RESPONDENT,
    /** Another member of the family, on their behalf. */
    FAMILY_MEMBER,
    /** An advocate or legal representative. */
    REPRESENTATIVE,
    /** A practitioner passing on the family's request. */
    PRACTITIONER
}
