package org.heard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.StaffRepository;

/**
 * What every supervisor use case checks first: a signed-in supervisor. The
 * repositories then limit every read to the supervisor's organisation.
 */
@ApplicationScoped
public class Supervision {

    @Inject
    private CallerContext callerContext;

    @Inject
    private StaffRepository staff;

    /** The signed-in supervisor; refuses anyone else. */
    public Caller supervisor() {
        Caller caller = callerContext.caller().orElseThrow(NotSignedInException::new);
        if (!caller.hasRole(Role.SUPERVISOR)) {
            throw new InterviewAccessException();
        }
        return caller;
    }

    /**
     * The display names of the caller's organisation's staff, by id: the audit
     * trail and the records hold ids, and pages show names.
     */
    public Map<Long, String> staffNames() {
        return staff.findAll().stream().collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getDisplayName));
    }
}
