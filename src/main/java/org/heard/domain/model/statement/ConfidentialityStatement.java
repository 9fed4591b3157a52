package org.heard.domain.model.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.heard.domain.model.script.ScriptStatus;
import org.heard.domain.shared.InterviewRuleException;

/**
 * One version of a confidentiality and data storage statement: an organisation's
 * own, or the default (no organisation) for organisations without one.
 */
@Entity
@Table(name = "confidentiality_statement")
public class ConfidentialityStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false, updatable = false)
    private ScriptStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at", updatable = false)
    private Instant publishedAt;

    protected ConfidentialityStatement() {}

    /** Longest statement text. */
    public static final int TEXT_MAX = 20_000;

    /**
     * Publishes a draft as the organisation's next version. Published versions are
     * never changed; a refused text (empty, too long) publishes nothing.
     */
    public static ConfidentialityStatement publish(
            long organisationId, int version, String text, Instant draftedAt, Instant publishedAt) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InterviewRuleException("statement.admin.error.empty");
        }
        if (clean.length() > TEXT_MAX) {
            throw new InterviewRuleException("statement.admin.error.too-long");
        }
        ConfidentialityStatement statement = new ConfidentialityStatement();
        statement.organisationId = organisationId;
        statement.version = version;
        statement.text = clean;
        statement.sha256 = sha256Of(clean);
        statement.status = ScriptStatus.PUBLISHED;
        statement.createdAt = draftedAt;
        statement.publishedAt = publishedAt;
        return statement;
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Of(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the stored text still matches its stored hash. */
    public boolean isIntact() {
        return sha256Of(text).equals(sha256);
    }

    public Long getId() {
        return id;
    }

    /** The owning organisation, or null for the default statement. */
    public Long getOrganisationId() {
        return organisationId;
    }

    public int getVersion() {
        return version;
    }

    public String getText() {
        return text;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return status == ScriptStatus.PUBLISHED;
    }
}
