package org.heard.domain.model.audit;

/** Which readable value of an event an {@link AuditValue} holds. */
public enum AuditSlot {
    OLD,
    NEW,
    REASON
}
