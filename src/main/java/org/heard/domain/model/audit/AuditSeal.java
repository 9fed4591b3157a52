package org.heard.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and checks audit events with HMAC-SHA-256.
 *
 * <p>An event's seal covers its chain, sequence number, time, actor, action,
 * entity, interview, field, the keyed digests of its old value, new value and
 * reason, its request id and key id, and the seal of the previous event of the
 * same chain. Values enter the seal only through their digests, so a value can
 * be redacted later and the chain still verifies; a value changed in place no
 * longer matches its digest, and any changed column no longer matches the seal.
 *
 * <p>The keys come from configuration, never from the database. Each event
 * names the key that sealed it, so keys can be rotated: the current key seals,
 * previous keys still verify.
 */
public final class AuditSeal {

    /** The "previous seal" of the first event of a chain. */
    public static final String GENESIS = "0".repeat(64);

    /** Minimum key length in bytes. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String NULL = "\u2400";
    private static final char SEPARATOR = '\u001f';
    private static final HexFormat HEX = HexFormat.of();

    private final String currentKeyId;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    /** @param previousKeys keys that sealed older events and still verify them */
    public AuditSeal(byte[] currentKey, List<byte[]> previousKeys) {
        this.currentKeyId = add(currentKey);
        previousKeys.forEach(this::add);
    }

    private String add(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("An audit key must have at least " + MIN_KEY_BYTES + " bytes");
        }
        String id = keyIdOf(key);
        keys.putIfAbsent(id, key.clone());
        return id;
    }

    /** A key's public name: the first 16 hex digits of its SHA-256; it reveals nothing of the key. */
    public static String keyIdOf(byte[] key) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(key))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /**
     * Seals {@code entry} as the next event of the chain whose head is given, and
     * advances the head. The time is kept to the microsecond, as the database keeps it.
     */
    public AuditEvent seal(AuditChain head, AuditEntry entry, Instant at, String requestId) {
        byte[] key = keys.get(currentKeyId);
        Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        String oldDigest = digest(key, entry.getOldValue());
        String newDigest = digest(key, entry.getNewValue());
        String reasonDigest = digest(key, entry.getReason());
        long seq = head.getLastSeq() + 1;
        String mac = mac(
                key,
                head.getLastMac(),
                canonical(
                        head.getChainId(),
                        seq,
                        occurredAt,
                        entry.getActorId(),
                        entry.getAction(),
                        entry.getEntityType(),
                        entry.getEntityId(),
                        entry.getInterviewId(),
                        entry.getField(),
                        oldDigest,
                        newDigest,
                        reasonDigest,
                        requestId,
                        currentKeyId));
        AuditEvent event = new AuditEvent(
                head.getChainId(),
                seq,
                occurredAt,
                entry,
                oldDigest,
                newDigest,
                reasonDigest,
                requestId,
                currentKeyId,
                mac);
        head.advance(event);
        return event;
    }

    /**
     * Checks one event against the seal of the event before it and the values
     * kept for it. Returns what is wrong, or nothing when the link holds.
     *
     * @param values the event's readable values by slot (absent slots were never stored)
     */
    public Optional<AuditBreak> check(
            AuditEvent event, long expectedSeq, String previousMac, Map<AuditSlot, AuditValue> values) {
        if (event.getSeq() != expectedSeq) {
            return Optional.of(AuditBreak.MISSING_EVENT);
        }
        byte[] key = keys.get(event.getKeyId());
        if (key == null) {
            return Optional.of(AuditBreak.UNKNOWN_KEY);
        }
        String expected = mac(
                key,
                previousMac,
                canonical(
                        event.getChainId(),
                        event.getSeq(),
                        event.getOccurredAt(),
                        event.getActorId(),
                        event.getAction(),
                        event.getEntityType(),
                        event.getEntityId(),
                        event.getInterviewId(),
                        event.getField(),
                        event.getOldDigest(),
                        event.getNewDigest(),
                        event.getReasonDigest(),
                        event.getRequestId(),
                        event.getKeyId()));
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                String.valueOf(event.getMac()).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(AuditBreak.SEAL_MISMATCH);
        }
        for (AuditValue value : values.values()) {
            if (value.isRedacted()) {
                continue;
            }
            String digest = digest(key, value.getValue());
            if (!java.util.Objects.equals(digest, event.digest(value.getSlot()))) {
                return Optional.of(AuditBreak.VALUE_ALTERED);
            }
        }
        return Optional.empty();
    }

    /** The seal of a witness line (a chain's head written outside the database), with the current key. */
    public String sealWitness(String line) {
        return mac(keys.get(currentKeyId), "witness", line);
    }

    /** Whether {@code seal} is the seal of the witness line under the key {@code keyId}, which must be known. */
    public boolean checkWitness(String line, String keyId, String seal) {
        byte[] key = keys.get(keyId);
        return key != null && mac(key, "witness", line).equals(seal);
    }

    /** The keyed digest of a value, as sealed in events; null for null. */
    public String digest(String value) {
        return digest(keys.get(currentKeyId), value);
    }

    private static String digest(byte[] key, String value) {
        return value == null ? null : mac(key, "value", value);
    }

    private static String canonical(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(part == null ? NULL : part.toString());
        }
        return text.toString();
    }

    private static String mac(byte[] key, String previous, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(previous.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0x1e);
            return HEX.formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
