package org.heard.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heard.domain.model.audit.AuditSeal;

/**
 * The audit trail's HMAC keys, from configuration and never from the database:
 * {@code heard.audit.key} (environment {@code HEARD_AUDIT_KEY}, Base64 of at
 * least 32 random bytes) seals new events; {@code heard.audit.previous-keys}
 * (comma-separated) still verify events sealed before a rotation.
 *
 * <p>Without {@code heard.audit.key}, the key is read from
 * {@code heard.audit.key-file}. Only with the embedded H2 database (the quick
 * start) is that file created, with a random key, when it does not exist; with
 * MySQL a missing key stops the start-up with a clear message.
 */
@ApplicationScoped
public class AuditKeys {

    private static final Logger LOG = Logger.getLogger(AuditKeys.class.getName());

    @Inject
    @ConfigProperty(name = "heard.audit.key")
    private Optional<String> key;

    @Inject
    @ConfigProperty(name = "heard.audit.previous-keys")
    private Optional<String> previousKeys;

    @Inject
    @ConfigProperty(name = "heard.audit.key-file", defaultValue = "./data/audit.key")
    private String keyFile;

    @Inject
    @ConfigProperty(name = "heard.db.url")
    private String databaseUrl;

    /** One seal for the application; a pseudo-scope, as the seal is immutable and needs no proxy. */
    @Produces
    @Singleton
    AuditSeal seal() {
        byte[] current = key.filter(k -> !k.isBlank())
                .map(k -> decode(k, "heard.audit.key"))
                .orElseGet(this::fromFile);
        List<byte[]> previous = new ArrayList<>();
        previousKeys.stream()
                .flatMap(keys -> java.util.Arrays.stream(keys.split(",")))
                .map(String::strip)
                .filter(k -> !k.isBlank())
                .forEach(k -> previous.add(decode(k, "heard.audit.previous-keys")));
        AuditSeal seal = new AuditSeal(current, previous);
        LOG.info(() -> "Audit trail sealed with key " + seal.currentKeyId() + " (" + previous.size()
                + " previous keys for verification)");
        return seal;
    }

    private byte[] fromFile() {
        Path file = Path.of(keyFile);
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            if (!databaseUrl.strip().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
                throw new IllegalStateException("No audit key: set HEARD_AUDIT_KEY (Base64 of at least "
                        + AuditSeal.MIN_KEY_BYTES + " random bytes) or HEARD_AUDIT_KEY_FILE; see docs/operations.md");
            }
            byte[] generated = new byte[AuditSeal.MIN_KEY_BYTES];
            new SecureRandom().nextBytes(generated);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(generated) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.fine("Key file permissions left to the file system");
            }
            LOG.warning(() -> "Created an audit key in " + file.toAbsolutePath()
                    + " for the embedded database; production sets HEARD_AUDIT_KEY");
            return generated;
        } catch (FileAlreadyExistsException raced) {
            return fromFile();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64.strip());
            if (bytes.length < AuditSeal.MIN_KEY_BYTES) {
                throw new IllegalStateException(
                        "The audit key in " + source + " is too short: " + AuditSeal.MIN_KEY_BYTES + " bytes at least");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key in " + source + " is not valid Base64", e);
        }
    }
}
