package org.heard.application.supervision;

import java.io.Serializable;
import java.time.Instant;
import org.heard.domain.model.audit.AuditAction;

/**
 * One event of an interview's history as a supervisor reads it: who (by their
 * staff name, resolved now; the trail itself holds ids), when, what, and the
 * old and new value, unless redacted or never kept (names of people).
 */
public final class HistoryEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a value can be shown. */
    public enum Shown {
        /** The value is shown (it may be empty). */
        VALUE,
        /** Erased when the family withdrew or discarded their words. */
        REDACTED,
        /** A name of a person: sealed by digest only, never stored readable. */
        NOT_KEPT
    }

    private final long eventId;
    private final long seq;
    private final Instant at;
    private final String actorName;
    private final AuditAction action;
    private final String field;
    private final String oldValue;
    private final String newValue;
    private final String reason;
    private final Shown shown;

    public HistoryEntry(
            long eventId,
            long seq,
            Instant at,
            String actorName,
            AuditAction action,
            String field,
            String oldValue,
            String newValue,
            String reason,
            Shown shown) {
        this.eventId = eventId;
        this.seq = seq;
        this.at = at;
        this.actorName = actorName;
        this.action = action;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.shown = shown;
    }

    public long getEventId() {
        return eventId;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getAt() {
        return at;
    }

    public String getActorName() {
        return actorName;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }

    public Shown getShown() {
        return shown;
    }
}
