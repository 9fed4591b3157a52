package org.heard.application.supervision;

/** The outcome column and filter of the consent register. */
public enum RegisterOutcome {
    /** The statement has not been answered yet. */
    PENDING,
    AGREED,
    DECLINED,
    WITHDRAWN
}
