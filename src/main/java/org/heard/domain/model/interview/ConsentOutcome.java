package org.heard.domain.model.interview;

/** Where an interview's consent stands, as the consent register shows it. */
public enum ConsentOutcome {
    /** The family agreed to take part (whatever they chose about names). */
    AGREED,
    /** The family declined when the statement was read. */
    DECLINED,
    /** The family agreed and later withdrew. */
    WITHDRAWN
}
