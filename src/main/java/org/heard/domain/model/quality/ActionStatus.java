package org.heard.domain.model.quality;

/** Where an action of the "you said, we did" log stands. */
public enum ActionStatus {
    /** Recommended, not yet agreed or started. */
    PROPOSED,
    /** Agreed and under way. */
    IN_PROGRESS,
    /** Done: it can be told to families and practitioners. */
    DONE,
    /** Considered and not taken forward; the reason belongs in the action's text. */
    NOT_TAKEN_FORWARD
}
