package org.heard.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing. After {@code heard.signin.max-failures} failed
 * sign-ins against one account (whatever spelling of its name was typed; for a name
 * that names no account, that canonical name: see {@link SignInAttempts}), or
 * {@code heard.signin.max-failures-per-address} from one client address, within
 * {@code heard.signin.lockout-minutes}, further
 * attempts are refused until that time has passed since the last failure.
 * Keys are kept only as SHA-256 digests.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_TRACKED = 10_000;

    @Inject
    @ConfigProperty(name = "heard.signin.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "heard.signin.max-failures-per-address", defaultValue = "25")
    private int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "heard.signin.lockout-minutes", defaultValue = "15")
    private int lockoutMinutes;

    @Inject
    private Clock clock;

    /** For CDI. */
    public SignInThrottle() {}

    /** For tests and callers outside CDI. */
    public SignInThrottle(int maxFailures, int maxFailuresPerAddress, int lockoutMinutes, Clock clock) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockoutMinutes = lockoutMinutes;
        this.clock = clock;
    }

    private final Map<String, Failures> failures = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    /** How long, in minutes after the last failure, throttling lasts. */
    public int getLockoutMinutes() {
        return lockoutMinutes;
    }

    /**
     * Whether attempts against this key ({@link SignInAttempts.Attempt#throttleKey()}; null for a name that can never
     * sign in, which counts against the address only) or from this address are refused for now.
     */
    public synchronized boolean isThrottled(String key, String address) {
        Instant now = clock.instant();
        return (key != null && exceeded(userKey(key), maxFailures, now))
                || exceeded(addressKey(address), maxFailuresPerAddress, now);
    }

    public synchronized void recordFailure(String key, String address) {
        Instant now = clock.instant();
        if (key != null) {
            count(userKey(key), now);
        }
        count(addressKey(address), now);
    }

    public synchronized void recordSuccess(String key) {
        if (key != null) {
            failures.remove(userKey(key));
        }
    }

    private boolean exceeded(String key, int limit, Instant now) {
        Failures entry = failures.get(key);
        return entry != null && !expired(entry, now) && entry.count >= limit;
    }

    private void count(String key, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || expired(entry, now)) {
            entry = new Failures();
            failures.put(key, entry);
        }
        entry.count++;
        entry.last = now;
    }

    private boolean expired(Failures entry, Instant now) {
        return entry.last.plus(Duration.ofMinutes(lockoutMinutes)).isBefore(now);
    }

    private static String userKey(String key) {
        return "u:" + sha256(key == null ? "" : key);
    }

    private static String addressKey(String address) {
        return "a:" + (address == null ? "" : address);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Failures {
        private int count;
        private Instant last;
    }
}
