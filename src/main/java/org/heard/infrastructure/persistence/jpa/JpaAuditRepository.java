package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.model.audit.AuditChain;
import org.heard.domain.model.audit.AuditEvent;
import org.heard.domain.model.audit.AuditRepository;
import org.heard.domain.model.audit.AuditSlot;
import org.heard.domain.model.audit.AuditValue;

/**
 * The audit trail in the database. Events are inserted and read, never updated
 * or deleted (the application's account has no such grant); only values are
 * redacted. An organisation's chain id is its organisation id.
 */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private static final Logger LOG = Logger.getLogger(JpaAuditRepository.class.getName());

    @PersistenceContext(unitName = "heard")
    private EntityManager em;

    @Inject
    private AuditChainCreator creator;

    @Inject
    private OrganisationScope scope;

    /** Chains whose head this server has seen in the database: heads are never deleted. */
    private final Set<Long> existing = ConcurrentHashMap.newKeySet();

    /**
     * Locks the head for this transaction. A missing head is created first, in a
     * transaction of its own, after a plain (non-locking) read: a locking read of a
     * missing row would take a gap lock that the creating insert would then wait on.
     * That read is skipped for a chain already seen (one statement less while the
     * organisation's events wait for the lock). The locking query reads the latest
     * committed head, whatever this transaction's snapshot holds.
     */
    @Override
    public AuditChain lockChain(long chainId) {
        if (existing.contains(chainId)) {
            // A head that was there and is gone was deleted behind Heard's back: no event may
            // start a new chain in its place (the nightly verification reports the gap).
            return lockExisting(chainId).orElseThrow(() -> missing(chainId));
        }
        if (em.find(AuditChain.class, chainId) == null) {
            try {
                creator.create(chainId);
            } catch (RuntimeException concurrentlyCreated) {
                LOG.log(Level.FINE, "Audit chain created concurrently", concurrentlyCreated);
            }
        }
        AuditChain head = lockExisting(chainId).orElseThrow(() -> missing(chainId));
        existing.add(chainId);
        return head;
    }

    private static IllegalStateException missing(long chainId) {
        return new IllegalStateException("The head of audit chain " + chainId + " is missing");
    }

    private Optional<AuditChain> lockExisting(long chainId) {
        return em.createQuery("SELECT c FROM AuditChain c WHERE c.chainId = :chain", AuditChain.class)
                .setParameter("chain", chainId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true")
                .getResultStream()
                .findFirst();
    }

    @Override
    public AuditChain head(long chainId) {
        return em.createQuery("SELECT c FROM AuditChain c WHERE c.chainId = :chain", AuditChain.class)
                .setParameter("chain", chainId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    @Override
    public void store(List<AuditEvent> events) {
        events.forEach(em::persist);
        em.flush();
    }

    @Override
    public void store(AuditValue value) {
        em.persist(value);
    }

    @Override
    public List<AuditEvent> events(long chainId, long afterSeq, int limit) {
        return em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.chainId = :chain AND e.seq > :after ORDER BY e.seq",
                        AuditEvent.class)
                .setParameter("chain", chainId)
                .setParameter("after", afterSeq)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<Long, Map<AuditSlot, AuditValue>> values(Collection<Long> eventIds) {
        Map<Long, Map<AuditSlot, AuditValue>> values = new HashMap<>();
        if (eventIds.isEmpty()) {
            return values;
        }
        em.createQuery("SELECT v FROM AuditValue v WHERE v.eventId IN :events", AuditValue.class)
                .setParameter("events", eventIds)
                .getResultList()
                .forEach(v -> values.computeIfAbsent(v.getEventId(), id -> new HashMap<>())
                        .put(v.getSlot(), v));
        return values;
    }

    @Override
    public List<Long> chains() {
        return em.createQuery("SELECT c.chainId FROM AuditChain c ORDER BY c.chainId", Long.class)
                .getResultList();
    }

    @Override
    public List<AuditEvent> eventsOfInterview(long interviewId) {
        return em.createQuery(
                        "SELECT e FROM AuditEvent e WHERE e.interviewId = :interview AND e.chainId = :organisation"
                                + " ORDER BY e.seq",
                        AuditEvent.class)
                .setParameter("interview", interviewId)
                .setParameter("organisation", scope.organisationId())
                .getResultList();
    }

    @Override
    public int redactInterview(long interviewId) {
        em.flush();
        // Native: EclipseLink runs a JPQL bulk update with a subquery through a temporary
        // table on MySQL, which the application's account may not create.
        return em.createNativeQuery("UPDATE audit_value SET value = NULL, redacted = TRUE WHERE redacted = FALSE"
                        + " AND event_id IN (SELECT e.id FROM audit_event e WHERE e.interview_id = ?1"
                        + " AND e.chain_id = ?2)")
                .setParameter(1, interviewId)
                .setParameter(2, scope.organisationId())
                .executeUpdate();
    }
}
