package org.heard.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
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
        return callerContext.require(Role.SUPERVISOR);
    }

    /**
     * The display names of the caller's organisation's staff, by id: the audit
     * trail and the records hold ids, and pages show names.
     */
    public Map<Long, String> staffNames() {
        return staff.findAll().stream().collect(Collectors.toMap(StaffAccount::getId, StaffAccount::getDisplayName));
    }
}
