package org.heard.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The readable old value, new value or reason of an audit event. Its digest is
 * sealed in the event; the value itself may be redacted (replaced by the
 * redaction marker) when a family withdraws, and the chain still verifies.
 */
@Entity
@Table(name = "audit_value")
@IdClass(AuditValue.Key.class)
public class AuditValue {

    @Id
    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "slot", length = 8, nullable = false, updatable = false)
    private AuditSlot slot;

    @Column(name = "value")
    private String value;

    @Column(name = "redacted", nullable = false)
    private boolean redacted;

    protected AuditValue() {}

    public AuditValue(long eventId, AuditSlot slot, String value) {
        this.eventId = eventId;
        this.slot = Objects.requireNonNull(slot);
        this.value = value;
    }

    public Long getEventId() {
        return eventId;
    }

    public AuditSlot getSlot() {
        return slot;
    }

    /** The value, or null once redacted. */
    public String getValue() {
        return value;
    }

    public boolean isRedacted() {
        return redacted;
    }

    /** Composite key: event and slot. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long eventId;
        private AuditSlot slot;

        public Key() {}

        public Key(Long eventId, AuditSlot slot) {
            this.eventId = eventId;
            this.slot = slot;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && slot == k.slot;
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, slot);
        }
    }
}
