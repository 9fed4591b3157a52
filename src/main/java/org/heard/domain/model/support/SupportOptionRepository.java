package org.heard.domain.model.support;

import java.util.List;

/** Support options of an organisation, falling back to the shared defaults when it has none. */
public interface SupportOptionRepository {

    List<SupportOption> findFor(long organisationId);

    /** The organisation's own options, active or not, in order; empty while it uses the defaults. */
    List<SupportOption> findOwn(long organisationId);

    /** The shared default options, in order. */
    List<SupportOption> findDefaults();

    /** Stores a new option of the caller's organisation. */
    SupportOption store(SupportOption option);
}
