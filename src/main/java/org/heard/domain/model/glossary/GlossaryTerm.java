package org.heard.domain.model.glossary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A word or phrase the glossary defines, such as "trust": shared by every organisation
 * (the framework's terms) or an organisation's own. Its definitions, and the variants
 * that also count as it, are versioned in {@link GlossaryDefinition}.
 */
@Entity
@Table(name = "glossary_term")
public class GlossaryTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The organisation whose own term this is; {@code null} for a shared term. */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "term", length = 100, nullable = false, updatable = false)
    private String term;

    protected GlossaryTerm() {}

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
}
