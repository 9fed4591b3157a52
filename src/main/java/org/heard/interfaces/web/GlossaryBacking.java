package org.heard.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.heard.application.GlossaryService;
import org.heard.domain.model.glossary.GlossaryDefinition;
import org.heard.domain.model.glossary.GlossaryMarker.Segment;

/**
 * Gives pages text with its glossary terms found, paragraph by paragraph, for the
 * {@code heard:glossaryText} component. The text itself is always escaped by Faces.
 */
@Named("glossary")
@ApplicationScoped
public class GlossaryBacking {

    @Inject
    private GlossaryService glossary;

    /** The text's paragraphs (separated by blank lines), each as segments. */
    public List<List<Segment>> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .map(glossary::mark)
                .toList();
    }

    public GlossaryDefinition definition(Long termId) {
        return glossary.definitionOf(termId);
    }
}
