package org.heard.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One sealed event of the audit trail. Inserted once, never updated: every
 * column is read-only to JPA, and the database account has no UPDATE or DELETE
 * on the table. Holds no personal data: people are ids, values are digests.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "chain_id", nullable = false, updatable = false)
    private long chainId;

    @Column(name = "seq", nullable = false, updatable = false)
    private long seq;

    @Convert(converter = AuditTimeConverter.class)
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 48, nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", length = 32, updatable = false)
    private String entityType;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(name = "interview_id", updatable = false)
    private Long interviewId;

    @Column(name = "field", length = 100, updatable = false)
    private String field;

    @Column(name = "old_digest", length = 64, updatable = false)
    private String oldDigest;

    @Column(name = "new_digest", length = 64, updatable = false)
    private String newDigest;

    @Column(name = "reason_digest", length = 64, updatable = false)
    private String reasonDigest;

    @Column(name = "request_id", length = 64, nullable = false, updatable = false)
    private String requestId;

    @Column(name = "key_id", length = 16, nullable = false, updatable = false)
    private String keyId;

    @Column(name = "mac", length = 64, nullable = false, updatable = false)
    private String mac;

    protected AuditEvent() {}

    /** A sealed event; see {@link AuditSeal#seal}. */
    AuditEvent(
            long chainId,
            long seq,
            Instant occurredAt,
            AuditEntry entry,
            String oldDigest,
            String newDigest,
            String reasonDigest,
            String requestId,
            String keyId,
            String mac) {
        this.chainId = chainId;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actorId = entry.getActorId();
        this.action = entry.getAction();
        this.entityType = entry.getEntityType();
        this.entityId = entry.getEntityId();
        this.interviewId = entry.getInterviewId();
        this.field = entry.getField();
        this.oldDigest = oldDigest;
        this.newDigest = newDigest;
        this.reasonDigest = reasonDigest;
        this.requestId = requestId;
        this.keyId = keyId;
        this.mac = mac;
    }

    public Long getId() {
        return id;
    }

    public long getChainId() {
        return chainId;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public String getField() {
        return field;
    }

    public String getOldDigest() {
        return oldDigest;
    }

    public String getNewDigest() {
        return newDigest;
    }

    public String getReasonDigest() {
        return reasonDigest;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getMac() {
        return mac;
    }

    /** The digest sealed for a slot. */
    public String digest(AuditSlot slot) {
        return switch (slot) {
            case OLD -> oldDigest;
            case NEW -> newDigest;
            case REASON -> reasonDigest;
        };
    }
}
