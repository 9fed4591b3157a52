package org.heard.application.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.logging.Logger;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.SafeguardingConcern;

/** A safeguarding concern raised by the interviewer from any step of the interview. */
@ApplicationScoped
@Transactional
public class ConcernService {

    private static final Logger LOG = Logger.getLogger(ConcernService.class.getName());

    @Inject
    private InterviewAccess access;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** Raises a safeguarding concern from any step; supervisors of the organisation see it at once. */
    public SafeguardingConcern raiseConcern(@NotNull Long interviewId, String description) {
        Interview interview = access.ownInterview(interviewId);
        Caller caller = access.caller();
        SafeguardingConcern concern =
                interviews.store(new SafeguardingConcern(interview, caller.getStaffId(), description, clock.instant()));
        audit.record(InterviewEvents.concernRaised(caller, interview, concern));
        LOG.info(() -> "Safeguarding concern #" + concern.getId() + " raised in interview #" + interview.getId());
        return concern;
    }
}
