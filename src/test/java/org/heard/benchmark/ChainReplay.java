package org.heard.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditChain;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.audit.AuditEvent;
import org.heard.domain.model.audit.AuditSeal;

/**
 * Re-seals a chain's stored events, oldest first, with {@link AuditSeal} and the key, and
 * checks each stored seal and the chain's head: the proof that generated events form a
 * chain Heard's own verification accepts. Only for chains whose values are all stored
 * readable (as the generator writes them).
 */
public final class ChainReplay {

    private ChainReplay() {}

    /** The number of events that re-seal to their stored seal, up to the first that does not; -1 if the head differs. */
    public static long replay(Connection db, long chainId, byte[] key) throws SQLException {
        AuditSeal seal = new AuditSeal(key, List.of());
        AuditChain head = new AuditChain(chainId);
        long checked = 0;
        try (PreparedStatement events = db.prepareStatement("SELECT e.seq, e.occurred_at, e.actor_id, e.action,"
                + " e.entity_type, e.entity_id, e.interview_id, e.field, e.request_id, e.mac,"
                + " (SELECT v.value FROM audit_value v WHERE v.event_id = e.id AND v.slot = 'OLD'),"
                + " (SELECT v.value FROM audit_value v WHERE v.event_id = e.id AND v.slot = 'NEW')"
                + " FROM audit_event e WHERE e.chain_id = ? ORDER BY e.seq")) {
            events.setLong(1, chainId);
            try (ResultSet row = events.executeQuery()) {
                while (row.next()) {
                    AuditEntry entry = AuditEntry.of(AuditAction.valueOf(row.getString(4)))
                            .organisation(chainId)
                            .actor(row.getObject(3) == null ? null : row.getLong(3))
                            .entity(row.getString(5), row.getObject(6) == null ? null : row.getLong(6))
                            .interview(row.getObject(7) == null ? null : row.getLong(7))
                            .change(row.getString(8), row.getString(11), row.getString(12));
                    AuditEvent event = seal.seal(
                            head,
                            entry,
                            row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            row.getString(9));
                    if (event.getSeq() != row.getLong(1) || !event.getMac().equals(row.getString(10))) {
                        return checked;
                    }
                    checked++;
                }
            }
        }
        try (PreparedStatement stored =
                db.prepareStatement("SELECT last_seq, last_mac FROM audit_chain WHERE chain_id = ?")) {
            stored.setLong(1, chainId);
            try (ResultSet row = stored.executeQuery()) {
                if (!row.next()
                        || row.getLong(1) != head.getLastSeq()
                        || !row.getString(2).equals(head.getLastMac())) {
                    return -1;
                }
            }
        }
        return checked;
    }
}
