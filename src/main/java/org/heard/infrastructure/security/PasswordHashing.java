package org.heard.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heard.application.Passwords;

/**
 * PBKDF2 password hashes (HMAC-SHA-512, salted, iteration count from
 * {@code heard.password.iterations}). The parameters are stored in each hash,
 * so raising the count later still verifies older hashes.
 */
@ApplicationScoped
public class PasswordHashing implements Passwords {

    /** Letters and digits that cannot be mistaken for one another when read out. */
    private static final char[] TEMPORARY_ALPHABET =
            "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int TEMPORARY_LENGTH = 16;

    private final java.security.SecureRandom random = new java.security.SecureRandom();

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "heard.password.iterations", defaultValue = "210000")
    private int iterations;

    /** A valid hash of a random password, verified against when the account does not exist (equal timing). */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    @Override
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    @Override
    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real verification, for a user name that has no account. */
    /** Sixteen characters from an alphabet without look-alikes: about 92 bits. */
    @Override
    public String temporary() {
        char[] chars = new char[TEMPORARY_LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = TEMPORARY_ALPHABET[random.nextInt(TEMPORARY_ALPHABET.length)];
        }
        return new String(chars);
    }

    public void verifyDecoy(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
