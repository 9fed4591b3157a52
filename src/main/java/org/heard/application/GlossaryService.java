package org.heard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.heard.domain.model.glossary.GlossaryDefinition;
import org.heard.domain.model.glossary.GlossaryMarker;
import org.heard.domain.model.glossary.GlossaryRepository;

/**
 * Finds glossary terms in text and gives their current definitions. The marker is
 * built once from the current definitions and rebuilt by {@link #refresh()}.
 */
@ApplicationScoped
public class GlossaryService {

    @Inject
    private GlossaryRepository glossary;

    private volatile Snapshot snapshot;

    private record Snapshot(GlossaryMarker marker, Map<Long, GlossaryDefinition> byTerm) {}

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            List<GlossaryDefinition> definitions = glossary.currentDefinitions();
            GlossaryMarker marker = new GlossaryMarker(definitions.stream()
                    .map(d -> new GlossaryMarker.Term(
                            d.getTerm().getId(), d.getTerm().getTerm(), d.getVariants()))
                    .toList());
            current = new Snapshot(
                    marker,
                    definitions.stream()
                            .collect(Collectors.toMap(d -> d.getTerm().getId(), Function.identity())));
            snapshot = current;
        }
        return current;
    }

    /** The text split into plain segments and occurrences of glossary terms. */
    public List<GlossaryMarker.Segment> mark(String text) {
        return snapshot().marker().mark(text);
    }

    /** The current definition of a term. */
    public GlossaryDefinition definitionOf(long termId) {
        return snapshot().byTerm().get(termId);
    }

    /** Forgets the cached glossary, after definitions change. */
    public void refresh() {
        snapshot = null;
    }
}
