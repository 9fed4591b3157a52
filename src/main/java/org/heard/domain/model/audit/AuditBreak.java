package org.heard.domain.model.audit;

/** Why a link of the audit chain does not hold. */
public enum AuditBreak {
    /** The sequence skips a number: an event was deleted. */
    MISSING_EVENT,
    /** The event's columns do not match its seal: it was changed, inserted or reordered. */
    SEAL_MISMATCH,
    /** A readable value no longer matches the digest sealed in its event. */
    VALUE_ALTERED,
    /** The event was sealed with a key that is not configured. */
    UNKNOWN_KEY,
    /** The chain's head does not point to its last event: events were cut off at the end. */
    HEAD_MISMATCH,
    /**
     * The chain is shorter than, or does not extend, the head last witnessed outside the database: it was rolled
     * back (events cut off and the head set back, or a backup restored). See docs/operations.md.
     */
    ROLLBACK
}
