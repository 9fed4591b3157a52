package org.heard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.heard.domain.model.organisation.Role;

/**
 * What every supervisor use case checks first: a signed-in supervisor. The
 * repositories then limit every read to the supervisor's organisation.
 */
@ApplicationScoped
public class Supervision {

    /** The time zone dates are entered and shown in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Inject
    private CallerContext callerContext;

    /** The signed-in supervisor; refuses anyone else. */
    public Caller supervisor() {
        Caller caller = callerContext.caller().orElseThrow(NotSignedInException::new);
        if (!caller.hasRole(Role.SUPERVISOR)) {
            throw new InterviewAccessException();
        }
        return caller;
    }
}
