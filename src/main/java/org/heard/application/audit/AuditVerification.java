package org.heard.application.audit;

import java.io.Serializable;
import java.time.Instant;
import org.heard.domain.model.audit.AuditBreak;

/**
 * The result of checking one chain of the audit trail: how many events were
 * checked and, if a link does not hold, the first one that breaks and why.
 */
public final class AuditVerification implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long chainId;
    private final long eventsChecked;
    private final AuditBreak problem;
    private final Long brokenEventId;
    private final Long brokenSeq;
    private final Instant checkedAt;

    public AuditVerification(
            long chainId, long eventsChecked, AuditBreak problem, Long brokenEventId, Long brokenSeq, Instant at) {
        this.chainId = chainId;
        this.eventsChecked = eventsChecked;
        this.problem = problem;
        this.brokenEventId = brokenEventId;
        this.brokenSeq = brokenSeq;
        this.checkedAt = at;
    }

    public boolean isIntact() {
        return problem == null;
    }

    public long getChainId() {
        return chainId;
    }

    public long getEventsChecked() {
        return eventsChecked;
    }

    /** Why the first broken link breaks; null when intact. */
    public AuditBreak getProblem() {
        return problem;
    }

    /** The id of the first event whose link does not hold (null when intact or when events were cut off). */
    public Long getBrokenEventId() {
        return brokenEventId;
    }

    /** Its sequence number in the chain. */
    public Long getBrokenSeq() {
        return brokenSeq;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    /** A line for logs and the audit trail; ids only. */
    public String summary() {
        if (isIntact()) {
            return "intact: " + eventsChecked + " events";
        }
        if (problem == AuditBreak.ROLLBACK) {
            return "ROLLBACK: the chain is shorter than, or does not extend, its head witnessed at seq " + brokenSeq;
        }
        return "broken at seq " + brokenSeq + " (event #" + brokenEventId + "): " + problem;
    }
}
