package org.heard.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * The organisation whose data the current piece of work may read: the signed-in
 * caller's, or the one a system task (start-up seeding, a scheduled job) names
 * explicitly with {@link #runAs}. Without either it fails closed.
 */
@ApplicationScoped
public class OrganisationScope {

    private static final ThreadLocal<Long> SYSTEM_SCOPE = new ThreadLocal<>();

    @Inject
    private CallerContext callerContext;

    /** The organisation id that every organisation-owned read is filtered by. */
    public long organisationId() {
        Long system = SYSTEM_SCOPE.get();
        if (system != null) {
            return system;
        }
        return callerContext.caller().map(Caller::getOrganisationId).orElseThrow(NotSignedInException::new);
    }

    /** Runs {@code work} on behalf of one organisation, for tasks that have no signed-in caller. */
    public <T> T runAs(long organisationId, Supplier<T> work) {
        Long previous = SYSTEM_SCOPE.get();
        SYSTEM_SCOPE.set(organisationId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM_SCOPE.remove();
            } else {
                SYSTEM_SCOPE.set(previous);
            }
        }
    }
}
