package org.heard.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditSealTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEW_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    private final AuditSeal seal = new AuditSeal(KEY, List.of());

    private List<AuditEvent> chain(AuditSeal sealer, AuditChain head, int n) {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(sealer.seal(
                    head,
                    AuditEntry.of(AuditAction.ANSWER_SAVED)
                            .organisation(7L)
                            .actor(3L)
                            .entity("answer", 100L + i)
                            .interview(42L)
                            .change("answer.q1.text", "old " + i, "new " + i),
                    Instant.parse("2026-11-22T10:15:30.123456789Z").plusSeconds(i),
                    "request-" + i));
        }
        return events;
    }

    private static Optional<AuditBreak> firstBreak(AuditSeal sealer, List<AuditEvent> events) {
        String previous = AuditSeal.GENESIS;
        long seq = 1;
        for (AuditEvent event : events) {
            Optional<AuditBreak> problem = sealer.check(event, seq, previous, Map.of());
            if (problem.isPresent()) {
                return problem;
            }
            previous = event.getMac();
            seq++;
        }
        return Optional.empty();
    }

    private static void set(AuditEvent event, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(event, value);
    }

    @Test
    @DisplayName("A sealed chain checks out; times are kept to the microsecond, as the database keeps them")
    void sealedChainVerifies() {
        AuditChain head = new AuditChain(7);
        List<AuditEvent> events = chain(seal, head, 5);
        assertEquals(Optional.empty(), firstBreak(seal, events));
        assertEquals(5, head.getLastSeq());
        assertEquals(events.get(4).getMac(), head.getLastMac());
        assertEquals(Instant.parse("2026-11-22T10:15:30.123456Z"), events.get(0).getOccurredAt());
        assertTrue(events.get(0).getNewDigest().matches("[0-9a-f]{64}"));
    }

    @Test
    @DisplayName("Any changed column breaks that event's seal, and only from that event on")
    void changedColumnBreaksSeal() throws Exception {
        List<AuditEvent> events = chain(seal, new AuditChain(7), 5);
        set(events.get(2), "actorId", 4L);
        assertEquals(Optional.of(AuditBreak.SEAL_MISMATCH), firstBreak(seal, events));
        assertEquals(Optional.empty(), firstBreak(seal, events.subList(0, 2)));
        set(events.get(2), "actorId", 3L);
        set(events.get(2), "newDigest", seal.digest("forged"));
        assertEquals(Optional.of(AuditBreak.SEAL_MISMATCH), firstBreak(seal, events));
    }

    @Test
    @DisplayName("A deleted event is a missing sequence number")
    void deletedEventIsMissing() {
        List<AuditEvent> events = new ArrayList<>(chain(seal, new AuditChain(7), 5));
        events.remove(3);
        assertEquals(Optional.of(AuditBreak.MISSING_EVENT), firstBreak(seal, events));
    }

    @Test
    @DisplayName("An altered value no longer matches its digest; a redacted value still verifies")
    void valuesAndRedaction() throws Exception {
        AuditEvent event = chain(seal, new AuditChain(7), 1).get(0);
        AuditValue intact = new AuditValue(1, AuditSlot.NEW, "new 0");
        assertEquals(Optional.empty(), seal.check(event, 1, AuditSeal.GENESIS, Map.of(AuditSlot.NEW, intact)));
        AuditValue altered = new AuditValue(1, AuditSlot.NEW, "new 0 (altered)");
        assertEquals(
                Optional.of(AuditBreak.VALUE_ALTERED),
                seal.check(event, 1, AuditSeal.GENESIS, Map.of(AuditSlot.NEW, altered)));
        AuditValue redacted = new AuditValue(1, AuditSlot.NEW, null);
        Field flag = AuditValue.class.getDeclaredField("redacted");
        flag.setAccessible(true);
        flag.set(redacted, true);
        assertEquals(Optional.empty(), seal.check(event, 1, AuditSeal.GENESIS, Map.of(AuditSlot.NEW, redacted)));
    }

    @Test
    @DisplayName("After a key rotation, old events verify with the previous key; without it they cannot")
    void keyRotation() {
        AuditChain head = new AuditChain(7);
        List<AuditEvent> events = new ArrayList<>(chain(seal, head, 2));
        AuditSeal rotated = new AuditSeal(NEW_KEY, List.of(KEY));
        events.addAll(chain(rotated, head, 2));
        assertNotEquals(events.get(0).getKeyId(), events.get(3).getKeyId());
        assertEquals(Optional.empty(), firstBreak(rotated, events));
        assertEquals(Optional.of(AuditBreak.UNKNOWN_KEY), firstBreak(new AuditSeal(NEW_KEY, List.of()), events));
        assertEquals(Optional.of(AuditBreak.UNKNOWN_KEY), firstBreak(new AuditSeal(KEY, List.of()), events));
    }

    @Test
    @DisplayName("Keys shorter than 32 bytes are refused; key ids reveal nothing of the key")
    void keys() {
        assertThrows(IllegalArgumentException.class, () -> new AuditSeal(new byte[16], List.of()));
        assertEquals(16, AuditSeal.keyIdOf(KEY).length());
        assertTrue(!new String(KEY, StandardCharsets.US_ASCII).contains(AuditSeal.keyIdOf(KEY)));
    }

    @Test
    @DisplayName("Digests are keyed: the same value digests differently under another key")
    void keyedDigests() {
        assertNotEquals(seal.digest("Jo Smith"), new AuditSeal(NEW_KEY, List.of()).digest("Jo Smith"));
        assertEquals(seal.digest("Jo Smith"), seal.digest("Jo Smith"));
        assertEquals(null, seal.digest(null));
    }

    @Test
    @DisplayName("A witness line's seal checks under its key only, and not once the line is altered")
    void witnessLines() {
        String line = "HEARD-AUDIT-WITNESS chain=7 seq=500 seal=" + "a".repeat(64) + " at=2026-12-07T21:00:00Z key="
                + seal.currentKeyId();
        String sealed = seal.sealWitness(line);

        assertTrue(seal.checkWitness(line, seal.currentKeyId(), sealed));
        assertFalse(seal.checkWitness(line.replace("seq=500", "seq=497"), seal.currentKeyId(), sealed));
        assertFalse(seal.checkWitness(line, "0123456789abcdef", sealed), "an unknown key checks nothing");
        AuditSeal other = new AuditSeal(NEW_KEY, List.of());
        assertFalse(other.checkWitness(line, other.currentKeyId(), sealed), "another key's seal differs");
    }
}
