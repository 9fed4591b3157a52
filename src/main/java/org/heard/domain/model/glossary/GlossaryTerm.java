package org.heard.domain.model.glossary;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.heard.domain.shared.Checks;

/**
 * A word or phrase the glossary defines, such as "trust": shared by every organisation
 * (the framework's terms) or an organisation's own. Its definitions, and the variants
 * that also count as it, are versioned in {@link GlossaryDefinition}.
 */
@Entity
@Table(name = "glossary_term")
@Cacheable
public class GlossaryTerm {

    /** Longest term, in characters. */
    public static final int TERM_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The organisation whose own term this is; {@code null} for a shared term. */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "term", length = TERM_MAX, nullable = false, updatable = false)
    private String term;

    protected GlossaryTerm() {}

    /** A new term of one organisation's own; shared terms come only with the framework's migrations. */
    public GlossaryTerm(long organisationId, String term) {
        this.organisationId = organisationId;
        this.term = Checks.requireText(term, TERM_MAX, "Term");
    }

    public Long getId() {
        return id;
    }

    public String getTerm() {
        return term;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean isShared() {
        return organisationId == null;
    }

    /** Whether the organisation may use this term: a shared term, or its own. */
    public boolean isVisibleTo(long organisation) {
        return organisationId == null || organisationId == organisation;
    }
}
