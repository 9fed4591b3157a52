package org.heard.domain.model.glossary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.heard.domain.shared.Checks;

/**
 * One version of a term's definition, with the variants that also count as the term.
 * Written by an organisation for its own use, or shared ({@code organisationId} null).
 * A version never changes; interviews record the version that was opened.
 */
@Entity
@Table(name = "glossary_definition")
public class GlossaryDefinition {

    /** Longest definition, in characters. */
    public static final int TEXT_MAX = 2_000;
    /** Longest variant, in characters. */
    public static final int VARIANT_MAX = 100;
    /** Longest list of variants as stored, separators included. */
    public static final int VARIANTS_MAX = 1_000;
    /** What separates variants as stored; never part of a variant. */
    public static final String VARIANT_SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "term_id", nullable = false, updatable = false)
    private GlossaryTerm term;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    /** Variants separated by '|', e.g. "trustworthy". */
    @Column(name = "variants", length = VARIANTS_MAX, updatable = false)
    private String variants;

    /** The organisation that wrote this version; {@code null} for a shared definition. */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected GlossaryDefinition() {}

    /**
     * A new version of a term's definition written by one organisation, for a term it may use (shared or its own).
     * Variants must be non-blank, without the separator, and fit the column together.
     */
    public GlossaryDefinition(
            GlossaryTerm term,
            long organisationId,
            int version,
            String text,
            List<String> variants,
            long createdBy,
            Instant createdAt) {
        this.term = Objects.requireNonNull(term, "term");
        if (!term.isVisibleTo(organisationId)) {
            throw new IllegalArgumentException("A definition of another organisation's term");
        }
        if (version < 1) {
            throw new IllegalArgumentException("Definition versions start at 1");
        }
        this.organisationId = organisationId;
        this.version = version;
        this.text = Checks.requireText(text, TEXT_MAX, "Definition");
        List<String> clean = variants == null ? List.of() : variants;
        for (String variant : clean) {
            Checks.requireText(variant, VARIANT_MAX, "Variant");
            if (variant.contains(VARIANT_SEPARATOR)) {
                throw new IllegalArgumentException("A variant must not contain " + VARIANT_SEPARATOR);
            }
        }
        String joined = clean.stream().map(String::strip).collect(Collectors.joining(VARIANT_SEPARATOR));
        if (joined.length() > VARIANTS_MAX) {
            throw new IllegalArgumentException("Variants must be at most " + VARIANTS_MAX + " characters together");
        }
        this.variants = joined.isEmpty() ? null : joined;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public GlossaryTerm getTerm() {
        return term;
    }

    public int getVersion() {
        return version;
    }

    public String getText() {
        return text;
    }

    public List<String> getVariants() {
        if (variants == null || variants.isBlank()) {
            return List.of();
        }
        return Arrays.stream(variants.split("\\|"))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    /** Whether this version was written for all organisations rather than by one. */
    public boolean isShared() {
        return organisationId == null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
