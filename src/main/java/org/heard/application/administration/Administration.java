package org.heard.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.domain.model.organisation.Role;

/** What every administrator use case checks first: a signed-in administrator. */
@ApplicationScoped
public class Administration {

    @Inject
    private CallerContext callerContext;

    /** The signed-in administrator; refuses anyone else. */
    public Caller admin() {
        return callerContext.require(Role.ADMIN);
    }
}
