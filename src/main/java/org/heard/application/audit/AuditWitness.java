package org.heard.application.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * A record of the audit chains' heads kept outside the database, where its administrators cannot rewrite it. A
 * chain that lives only in the database cannot see its own rollback; checked against its last witnessed head, it
 * can. Implemented by the infrastructure (an append-only file and the server log).
 */
public interface AuditWitness {

    /** A chain's head as witnessed: its last sequence number and seal, when, and the id of the sealing key. */
    record Head(long chainId, long seq, String seal, Instant at, String keyId) {}

    /** The head last witnessed for the chain, if any. */
    Optional<Head> last(long chainId);

    /** Writes the chain's head to the witness (nothing when it is the head last witnessed). */
    void witness(long chainId, long seq, String seal);
}
