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

/** One version of a term's definition. Interviews record the version that was opened. */
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
}
