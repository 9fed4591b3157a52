package org.heard.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heard.application.account.Passwords;

/**
 * PBKDF2 password hashes (HMAC-SHA-512, salted, iteration count from
 * {@code heard.password.iterations}). The parameters are stored in each hash,
 * so raising the count later still verifies older hashes.
 *
 * <p>A hash costs a processor core for a few hundred milliseconds on purpose. So that a
 * wave of sign-ins (a shift starting) cannot take every core from the interviews already
 * under way, at most {@code heard.password.concurrent-hashes} hashes run at once (default:
 * half the cores, at least one); the others wait their turn, in order of arrival. A hash
 * that has waited {@value #MAX_WAIT_SECONDS} seconds runs anyway: the bound shares the
 * processor, it never refuses a sign-in.
 */
@ApplicationScoped
public class PasswordHashing implements Passwords {

    /** Letters and digits that cannot be mistaken for one another when read out. */
    private static final char[] TEMPORARY_ALPHABET =
            "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int TEMPORARY_LENGTH = 16;

    static final int MAX_WAIT_SECONDS = 30;

    private final SecureRandom random = new SecureRandom();

    private final Pbkdf2PasswordHash hash;

    private final Semaphore turns;

    /** A valid hash of a random password, verified against when the account does not exist (equal timing). */
    private final String decoy;

    /** For the container's proxy only. */
    protected PasswordHashing() {
        this.hash = null;
        this.turns = null;
        this.decoy = null;
    }

    @Inject
    public PasswordHashing(
            Pbkdf2PasswordHash hash,
            @ConfigProperty(name = "heard.password.iterations", defaultValue = "210000") int iterations,
            @ConfigProperty(name = "heard.password.concurrent-hashes", defaultValue = "0") int concurrentHashes) {
        this.hash = hash;
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        int permits = concurrentHashes > 0
                ? concurrentHashes
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        this.turns = new Semaphore(permits, true);
        this.decoy = hash.generate(UUID.randomUUID().toString().toCharArray());
    }

    @Override
    public String hash(String password) {
        return inTurn(() -> hash.generate(password.toCharArray()));
    }

    @Override
    public boolean verify(String password, String storedHash) {
        return inTurn(() -> hash.verify(password.toCharArray(), storedHash));
    }

    /** Spends the same time as a real verification, for a user name that has no account. */
    public void verifyDecoy(String password) {
        inTurn(() -> hash.verify(password.toCharArray(), decoy));
    }

    /** Sixteen characters from an alphabet without look-alikes: about 92 bits. */
    @Override
    public String temporary() {
        char[] chars = new char[TEMPORARY_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TEMPORARY_ALPHABET[random.nextInt(TEMPORARY_ALPHABET.length)];
        }
        return new String(chars);
    }

    /** Hashes waiting for their turn now (for tests and diagnostics). */
    int waiting() {
        return turns.getQueueLength();
    }

    private <T> T inTurn(Supplier<T> work) {
        boolean acquired = false;
        try {
            acquired = turns.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            return work.get();
        } finally {
            if (acquired) {
                turns.release();
            }
        }
    }
}
