package org.heard.application.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heard.domain.model.audit.AuditBreak;
import org.heard.domain.model.audit.AuditChain;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.audit.AuditEvent;
import org.heard.domain.model.audit.AuditRepository;
import org.heard.domain.model.audit.AuditSeal;
import org.heard.domain.model.audit.AuditSlot;
import org.heard.domain.model.audit.AuditValue;

/**
 * Appends events to the audit trail inside the caller's transaction, so an
 * event exists exactly when the change it describes was committed, and checks
 * the chains. Each organisation has its own chain (id = organisation id;
 * chain 0 holds events of no organisation).
 */
@ApplicationScoped
public class AuditTrail {

    /** Events read per round trip while verifying. */
    static final int VERIFY_BATCH = 2_000;

    @Inject
    private AuditRepository repository;

    @Inject
    private AuditSeal seal;

    @Inject
    private Clock clock;

    @Inject
    private AuditWitness witness;

    /** Every this many events of a chain, its head is witnessed once the transaction has committed (0: never). */
    @Inject
    @ConfigProperty(name = "heard.audit.witness-every-events", defaultValue = "1000")
    private int witnessEvery;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Appends the entries, in order, each to its organisation's chain. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String requestId = RequestIds.current();
        Map<Long, List<AuditEntry>> byChain = new LinkedHashMap<>();
        entries.forEach(
                e -> byChain.computeIfAbsent(chainOf(e), c -> new ArrayList<>()).add(e));
        byChain.keySet().stream().sorted().forEach(chainId -> {
            AuditChain head = repository.lockChain(chainId);
            List<AuditEntry> chainEntries = byChain.get(chainId);
            List<AuditEvent> events = new ArrayList<>(chainEntries.size());
            long before = head.getLastSeq();
            for (AuditEntry entry : chainEntries) {
                events.add(seal.seal(head, entry, clock.instant(), requestId));
            }
            witnessAfterCommit(chainId, before, head.getLastSeq(), head.getLastMac());
            // One write for all of them, while the head is locked: the values need the events' ids.
            repository.store(events);
            for (int i = 0; i < events.size(); i++) {
                AuditEntry entry = chainEntries.get(i);
                AuditEvent event = events.get(i);
                if (!entry.isDigestOnly()) {
                    storeValue(event, AuditSlot.OLD, entry.getOldValue());
                    storeValue(event, AuditSlot.NEW, entry.getNewValue());
                }
                storeValue(event, AuditSlot.REASON, entry.getReason());
            }
        });
    }

    /**
     * Witnesses the chain's new head once the transaction commits, when it passed a multiple of
     * {@code heard.audit.witness-every-events}: never a head that might still roll back.
     */
    private void witnessAfterCommit(long chainId, long before, long seq, String mac) {
        if (witnessEvery <= 0 || before / witnessEvery == seq / witnessEvery || !extendsWitnessed(chainId, seq)) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    witness.witness(chainId, seq, mac);
                }
            }
        });
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditEntry... entries) {
        record(List.of(entries));
    }

    private void storeValue(AuditEvent event, AuditSlot slot, String value) {
        if (value != null) {
            repository.store(new AuditValue(event.getId(), slot, value));
        }
    }

    private static long chainOf(AuditEntry entry) {
        return entry.getOrganisationId() == null ? 0L : entry.getOrganisationId();
    }

    /** The keyed digest of a value, as the trail seals it (for finding events by a value without storing it). */
    public String digest(String value) {
        return seal.digest(value);
    }

    /**
     * Checks a chain from its first event to its head and reports the first link
     * that does not hold. Events appended while it runs are left for the next check.
     * The chain must also extend the head last witnessed outside the database
     * ({@link AuditWitness}), else it was rolled back ({@link AuditBreak#ROLLBACK}, naming
     * the witnessed sequence number). An intact chain's head is witnessed.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AuditVerification verify(long chainId) {
        Optional<AuditWitness.Head> witnessed = witness.last(chainId);
        AuditChain head = repository.head(chainId);
        if (head == null) {
            return witnessed
                    .map(w -> rolledBack(chainId, 0, w))
                    .orElseGet(() -> new AuditVerification(chainId, 0, null, null, null, clock.instant()));
        }
        long headSeq = head.getLastSeq();
        String headMac = head.getLastMac();
        long expectedSeq = 1;
        String previousMac = AuditSeal.GENESIS;
        String witnessedSeal = null;
        long checked = 0;
        while (expectedSeq <= headSeq) {
            List<AuditEvent> batch = repository.events(chainId, expectedSeq - 1, VERIFY_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            Map<Long, Map<AuditSlot, AuditValue>> values =
                    repository.values(batch.stream().map(AuditEvent::getId).toList());
            for (AuditEvent event : batch) {
                if (event.getSeq() > headSeq) {
                    break;
                }
                Optional<AuditBreak> problem =
                        seal.check(event, expectedSeq, previousMac, values.getOrDefault(event.getId(), Map.of()));
                if (problem.isPresent()) {
                    Long id = problem.get() == AuditBreak.MISSING_EVENT ? null : event.getId();
                    return new AuditVerification(chainId, checked, problem.get(), id, expectedSeq, clock.instant());
                }
                if (witnessed.isPresent() && event.getSeq() == witnessed.get().seq()) {
                    witnessedSeal = event.getMac();
                }
                checked++;
                expectedSeq++;
                previousMac = event.getMac();
            }
        }
        if (expectedSeq <= headSeq || !previousMac.equals(headMac)) {
            return new AuditVerification(
                    chainId, checked, AuditBreak.HEAD_MISMATCH, null, expectedSeq, clock.instant());
        }
        if (witnessed.isPresent() && !witnessed.get().seal().equals(witnessedSeal)) {
            // Shorter than the witnessed head, or another event at its place: the chain was rolled back.
            return rolledBack(chainId, checked, witnessed.get());
        }
        witness.witness(chainId, headSeq, headMac);
        return new AuditVerification(chainId, checked, null, null, null, clock.instant());
    }

    private AuditVerification rolledBack(long chainId, long checked, AuditWitness.Head witnessed) {
        return new AuditVerification(chainId, checked, AuditBreak.ROLLBACK, null, witnessed.seq(), clock.instant());
    }

    /** The chain's current head (last sequence number and seal), as a consent receipt prints it; null before any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditChain head(long chainId) {
        return repository.head(chainId);
    }

    /**
     * Witnesses every chain's current head outside the database (between verifications, so that a rollback is
     * seen even where nobody verified since).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void witnessHeads() {
        for (long chainId : repository.chains()) {
            AuditChain head = repository.head(chainId);
            if (head != null && head.getLastSeq() > 0 && extendsWitnessed(chainId, head.getLastSeq())) {
                witness.witness(chainId, head.getLastSeq(), head.getLastMac());
            }
        }
    }

    /**
     * Whether a head at {@code seq} extends the chain's last witnessed head: never witness a rolled-back chain, or
     * the witness would vouch for it. A chain that does not is left for verification to report ({@code ROLLBACK}).
     */
    private boolean extendsWitnessed(long chainId, long seq) {
        Optional<AuditWitness.Head> last = witness.last(chainId);
        if (last.isEmpty()) {
            return true;
        }
        if (seq < last.get().seq()) {
            return false;
        }
        return repository.events(chainId, last.get().seq() - 1, 1).stream()
                .filter(event -> event.getSeq() == last.get().seq())
                .anyMatch(event -> event.getMac().equals(last.get().seal()));
    }

    /** Every chain that has events. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> chains() {
        return repository.chains();
    }

    /** The caller's organisation's events about one interview, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> eventsOfInterview(long interviewId) {
        return repository.eventsOfInterview(interviewId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Map<AuditSlot, AuditValue>> values(List<AuditEvent> events) {
        return repository.values(events.stream().map(AuditEvent::getId).toList());
    }

    /** Replaces the readable values of the interview's events by the redaction marker. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int redactInterview(long interviewId) {
        return repository.redactInterview(interviewId);
    }
}
