package org.heard.domain.model.glossary;

import java.util.List;
import java.util.Optional;
import org.heard.domain.shared.NotFoundException;

/**
 * The glossary as one organisation sees it: the shared (framework) terms and its
 * own, each with the shared definition versions and its own. Every read is limited
 * to the organisation of the current work; another organisation's terms and
 * definition versions are reported exactly as missing ones.
 */
public interface GlossaryRepository {

    /**
     * The definition in force of every term the organisation may use, by term: its own newest version if it has
     * one, else the newest shared version. The organisation must be the current work's own.
     */
    List<GlossaryDefinition> currentDefinitions(long organisationId);

    /** A definition version the current organisation may use: shared, or its own. */
    Optional<GlossaryDefinition> findDefinition(Long id);

    /** A definition version the current organisation may use; {@link NotFoundException} when there is none. */
    default GlossaryDefinition getDefinition(Long id) {
        return findDefinition(id).orElseThrow(NotFoundException::new);
    }

    /** A term the current organisation may use: shared, or its own. */
    Optional<GlossaryTerm> findTerm(Long id);

    /** A term the current organisation may use; {@link NotFoundException} when there is none. */
    default GlossaryTerm getTerm(Long id) {
        return findTerm(id).orElseThrow(NotFoundException::new);
    }

    /** Every version of a term that the current organisation may see, the newest first. */
    List<GlossaryDefinition> versions(long termId);

    /** Adds a term of the current organisation's own; {@link GlossaryConflictException} if it was just added. */
    GlossaryTerm store(GlossaryTerm term);

    /**
     * Adds a definition version written by the current organisation; {@link GlossaryConflictException} if that
     * version was just published by someone else.
     */
    GlossaryDefinition store(GlossaryDefinition definition);
}
