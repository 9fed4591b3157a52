package org.heard.domain.model.glossary;

import java.util.List;
import java.util.Optional;

/** The glossary is shared reference data. */
public interface GlossaryRepository {

    /** The newest definition of every term. */
    List<GlossaryDefinition> currentDefinitions();

    Optional<GlossaryDefinition> findDefinition(Long id);
}
