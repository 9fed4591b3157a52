package org.heard.domain.model.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Storage of the audit trail. Events are only ever inserted; values may be
 * redacted. Reads of one organisation's events are limited to the caller's
 * organisation.
 */
public interface AuditRepository {

    /** The chain's head, locked until the transaction ends; created when missing. */
    AuditChain lockChain(long chainId);

    /** The chain's head without locking, or null if the chain has no events. */
    AuditChain head(long chainId);

    /** Inserts the events, in order; each has its id when this returns. */
    void store(List<AuditEvent> events);

    void store(AuditValue value);

    /** Up to {@code limit} events of a chain after {@code afterSeq}, in order. */
    List<AuditEvent> events(long chainId, long afterSeq, int limit);

    /** The values kept for the given events, by event id and slot. */
    Map<Long, Map<AuditSlot, AuditValue>> values(Collection<Long> eventIds);

    /** Every chain id that has a head. */
    List<Long> chains();

    /** The caller's organisation's events about one interview, in order. */
    List<AuditEvent> eventsOfInterview(long interviewId);

    /** Replaces every readable value of the interview's events by the redaction marker; returns how many. */
    int redactInterview(long interviewId);
}
