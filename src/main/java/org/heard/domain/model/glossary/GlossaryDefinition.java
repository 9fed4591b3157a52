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

/**
 * One version of a term's definition, with the variants that also count as the term.
 * Written by an organisation for its own use, or shared ({@code organisationId} null).
 * A version never changes; interviews record the version that was opened.
 */
@Entity
@Table(name = "glossary_definition")
public class GlossaryDefinition {

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
    @Column(name = "variants", length = 1000, updatable = false)
    private String variants;

    /** The organisation that wrote this version; {@code null} for a shared definition. */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected GlossaryDefinition() {}

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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
