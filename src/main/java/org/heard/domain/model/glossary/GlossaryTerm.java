package org.heard.domain.model.glossary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A word or phrase the framework defines, such as "trust", with the variants that also count as it. */
@Entity
@Table(name = "glossary_term")
public class GlossaryTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term", length = 100, nullable = false)
    private String term;

    /** Variants separated by '|', e.g. "trustworthy". */
    @Column(name = "variants", length = 1000)
    private String variants;

    protected GlossaryTerm() {}

    public Long getId() {
        return id;
    }

    public String getTerm() {
        return term;
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
}
