package org.heard.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The head of one organisation's chain: the sequence number and seal of its
 * last event. Locked while an event is appended, so that events of one chain
 * are numbered without gaps or forks.
 */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

    @Id
    @Column(name = "chain_id", nullable = false, updatable = false)
    private Long chainId;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_mac", length = 64, nullable = false)
    private String lastMac;

    protected AuditChain() {}

    public AuditChain(long chainId) {
        this.chainId = chainId;
        this.lastMac = AuditSeal.GENESIS;
    }

    public long getChainId() {
        return chainId;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastMac() {
        return lastMac;
    }

    /** Moves the head to a newly sealed event of this chain. */
    void advance(AuditEvent event) {
        if (event.getChainId() != chainId || event.getSeq() != lastSeq + 1) {
            throw new IllegalArgumentException("Not the next event of chain " + chainId);
        }
        lastSeq = event.getSeq();
        lastMac = event.getMac();
    }
}
