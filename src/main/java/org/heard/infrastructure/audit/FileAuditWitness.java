package org.heard.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heard.application.audit.AuditWitness;
import org.heard.domain.model.audit.AuditSeal;

/**
 * Witnesses audit chain heads in an append-only file ({@code heard.audit.witness-file}; put it on another volume
 * than the database, ideally one its administrators cannot write) and in the server log, one line each:
 *
 * <pre>HEARD-AUDIT-WITNESS chain=7 seq=500 seal=… at=2026-12-07T21:00:00Z key=… mac=…</pre>
 *
 * <p>{@code mac} seals the rest of the line with the audit key, so a line cannot be forged or altered without
 * the key; a line that does not check is ignored (and logged). The last valid line of a chain is its witnessed
 * head. The log line lets the operators forward every witness to the council's log store.
 */
@ApplicationScoped
public class FileAuditWitness implements AuditWitness {

    private static final Logger LOG = Logger.getLogger(FileAuditWitness.class.getName());
    static final String PREFIX = "HEARD-AUDIT-WITNESS";
    private static final Pattern LINE = Pattern.compile("^(" + PREFIX
            + " chain=(\\d+) seq=(\\d+) seal=([0-9a-f]{64}) at=(\\S+) key=([0-9a-f]+)) mac=([0-9a-f]{64})$");

    @Inject
    @ConfigProperty(name = "heard.audit.witness-file", defaultValue = "data/audit-witness.log")
    private String file;

    @Inject
    private AuditSeal seal;

    @Inject
    private Clock clock;

    private Map<Long, Head> heads;

    @Override
    public synchronized Optional<Head> last(long chainId) {
        return Optional.ofNullable(heads().get(chainId));
    }

    @Override
    public synchronized void witness(long chainId, long seq, String chainSeal) {
        Head last = heads().get(chainId);
        if (last != null && last.seq() == seq && last.seal().equals(chainSeal)) {
            return;
        }
        Instant at = clock.instant();
        String content = PREFIX + " chain=" + chainId + " seq=" + seq + " seal=" + chainSeal + " at=" + at + " key="
                + seal.currentKeyId();
        String line = content + " mac=" + seal.sealWitness(content);
        try {
            Path path = path();
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(
                    path,
                    line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("The audit witness " + file + " cannot be written", e);
        }
        LOG.info(line);
        heads.put(chainId, new Head(chainId, seq, chainSeal, at, seal.currentKeyId()));
    }

    private Path path() {
        return Path.of(file);
    }

    /** The last valid line of each chain, read from the file once. */
    private Map<Long, Head> heads() {
        if (heads == null) {
            heads = new HashMap<>();
            Path path = path();
            if (Files.exists(path)) {
                try {
                    read(Files.readAllLines(path, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("The audit witness " + file + " cannot be read", e);
                }
            }
        }
        return heads;
    }

    private void read(List<String> lines) {
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Matcher parts = LINE.matcher(line.strip());
            if (!parts.matches() || !seal.checkWitness(parts.group(1), parts.group(6), parts.group(7))) {
                int bad = number;
                LOG.warning(() -> "Audit witness " + file + ", line " + bad + ": not a sealed witness line; ignored");
                continue;
            }
            long chainId = Long.parseLong(parts.group(2));
            heads.put(
                    chainId,
                    new Head(
                            chainId,
                            Long.parseLong(parts.group(3)),
                            parts.group(4),
                            Instant.parse(parts.group(5)),
                            parts.group(6)));
        }
    }
}
