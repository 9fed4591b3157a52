package org.heard.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.heard.application.interview.GlossaryService;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.model.glossary.GlossaryDefinition;
import org.heard.domain.model.glossary.GlossaryMarker.Segment;

/**
 * Gives pages text with an organisation's glossary terms found, paragraph by
 * paragraph, for the {@code heard:glossaryText} component. The text itself is
 * always escaped by Faces. Without an organisation (null or 0), the signed-in
 * caller's is used.
 */
@Named("glossary")
@ApplicationScoped
public class GlossaryBacking {

    @Inject
    private GlossaryService glossary;

    @Inject
    private OrganisationScope scope;

    /** The text's paragraphs (separated by blank lines), each as segments. */
    public List<List<Segment>> paragraphs(String text, Long organisationId) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        long organisation = organisation(organisationId);
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(String::strip)
                .map(paragraph -> glossary.mark(organisation, paragraph))
                .toList();
    }

    /** The definition of a term in force for the organisation. */
    public GlossaryDefinition definition(Long organisationId, Long termId) {
        return glossary.definitionOf(organisation(organisationId), termId);
    }

    private long organisation(Long organisationId) {
        return organisationId == null || organisationId == 0 ? scope.organisationId() : organisationId;
    }
}
