package org.heard.application.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.model.glossary.GlossaryDefinition;
import org.heard.domain.model.glossary.GlossaryMarker;
import org.heard.domain.model.glossary.GlossaryRepository;

/**
 * Finds an organisation's glossary terms in text and gives the definitions in
 * force for it (its own newest version of a term, else the newest shared one).
 * Each organisation's marker is built once, on first use, and forgotten by
 * {@link #refresh(long)} after its administrators change the glossary. Only the
 * current work's organisation may be asked for.
 */
@ApplicationScoped
public class GlossaryService {

    @Inject
    private GlossaryRepository glossary;

    @Inject
    private OrganisationScope scope;

    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

    private record Snapshot(GlossaryMarker marker, Map<Long, GlossaryDefinition> byTerm) {}

    private Snapshot snapshot(long organisationId) {
        if (organisationId != scope.organisationId()) {
            throw new IllegalArgumentException("Cannot read another organisation's glossary");
        }
        Snapshot current = snapshots.get(organisationId);
        if (current == null) {
            List<GlossaryDefinition> definitions = glossary.currentDefinitions(organisationId);
            GlossaryMarker marker = new GlossaryMarker(definitions.stream()
                    .map(d -> new GlossaryMarker.Term(
                            d.getTerm().getId(), d.getTerm().getTerm(), d.getVariants()))
                    .toList());
            current = new Snapshot(
                    marker,
                    definitions.stream()
                            .collect(Collectors.toMap(d -> d.getTerm().getId(), Function.identity())));
            snapshots.put(organisationId, current);
        }
        return current;
    }

    /** The text split into plain segments and occurrences of the organisation's glossary terms. */
    public List<GlossaryMarker.Segment> mark(long organisationId, String text) {
        return snapshot(organisationId).marker().mark(text);
    }

    /** The definition of a term in force for the organisation; null if it may not use the term. */
    public GlossaryDefinition definitionOf(long organisationId, long termId) {
        return snapshot(organisationId).byTerm().get(termId);
    }

    /** Forgets the organisation's cached glossary, after its definitions change. */
    public void refresh(long organisationId) {
        snapshots.remove(organisationId);
    }
}
