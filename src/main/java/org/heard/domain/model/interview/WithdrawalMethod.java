package org.heard.domain.model.interview;

/** How the request to withdraw reached the service. */
public enum WithdrawalMethod {
    TELEPHONE,
    EMAIL,
    LETTER,
    IN_PERSON,
    ONLINE_FORM
}
