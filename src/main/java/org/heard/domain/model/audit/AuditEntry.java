package org.heard.domain.model.audit;

import java.util.Objects;

/**
 * An event about to be appended to the trail, built fluently:
 * {@code AuditEntry.of(ANSWER_SAVED).entity("answer", id).interview(iid).change("answer.q1.text", old, text)}.
 * Values marked {@linkplain #digestOnly() digest only} (names of people, user
 * names) are sealed by their keyed digest and never stored readable.
 */
public final class AuditEntry {

    private final AuditAction action;
    private Long organisationId;
    private Long actorId;
    private String entityType;
    private Long entityId;
    private Long interviewId;
    private String field;
    private String oldValue;
    private String newValue;
    private String reason;
    private boolean digestOnly;

    private AuditEntry(AuditAction action) {
        this.action = Objects.requireNonNull(action);
    }

    public static AuditEntry of(AuditAction action) {
        return new AuditEntry(action);
    }

    /** The organisation whose chain the event joins; none for events of no organisation. */
    public AuditEntry organisation(Long id) {
        this.organisationId = id;
        return this;
    }

    /** The member of staff who acted; none for the system or an unknown person. */
    public AuditEntry actor(Long staffId) {
        this.actorId = staffId;
        return this;
    }

    public AuditEntry entity(String type, Long id) {
        this.entityType = type;
        this.entityId = id;
        return this;
    }

    /** The interview the event belongs to, so that a withdrawal finds and redacts it. */
    public AuditEntry interview(Long id) {
        this.interviewId = id;
        return this;
    }

    public AuditEntry field(String name) {
        this.field = name;
        return this;
    }

    public AuditEntry change(String name, String oldValue, String newValue) {
        this.field = name;
        this.oldValue = oldValue;
        this.newValue = newValue;
        return this;
    }

    public AuditEntry value(String name, String newValue) {
        return change(name, null, newValue);
    }

    public AuditEntry reason(String reason) {
        this.reason = reason;
        return this;
    }

    /** Seal the values by digest only and never keep them readable (names of people). */
    public AuditEntry digestOnly() {
        this.digestOnly = true;
        return this;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getActorId() {
        return actorId;
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

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }

    public boolean isDigestOnly() {
        return digestOnly;
    }
}
