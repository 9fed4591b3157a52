package org.heard.domain.model.support;

import java.util.List;

/** Support options of an organisation, falling back to the shared defaults when it has none. */
public interface SupportOptionRepository {

    List<SupportOption> findFor(long organisationId);
}
