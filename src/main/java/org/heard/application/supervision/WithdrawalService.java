package org.heard.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.ClockProducer;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.Withdrawal;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;

/**
 * A family withdraws: in one transaction the withdrawal is recorded and
 * everything personal is erased — answers, notes, ratings, names, support
 * details, feedback discussions, and the readable values of the interview's
 * audit events, which become the redaction marker. What remains is a tombstone:
 * reference, dates, statement version, "withdrawn". Recording it again changes nothing.
 *
 * <p>Safeguarding concerns are not erased: they are kept under the authority's
 * safeguarding duty, not the family's consent (see docs/consent-and-audit.md).
 */
@ApplicationScoped
@Transactional
public class WithdrawalService {

    private static final Logger LOG = Logger.getLogger(WithdrawalService.class.getName());

    @Inject
    private Supervision supervision;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** What recording a withdrawal did. */
    public record Result(long interviewId, boolean alreadyWithdrawn) {
        public boolean isAlreadyWithdrawn() {
            return alreadyWithdrawn;
        }
    }

    public Result withdraw(
            long interviewId, WithdrawalRequester requestedBy, WithdrawalMethod method, LocalDate requestedOn) {
        Caller caller = supervision.supervisor();
        Interview interview = interviews.get(interviewId);
        Optional<Withdrawal> existing = interviews.withdrawal(interviewId);
        if (existing.isPresent() || interview.getStatus() == InterviewStatus.WITHDRAWN) {
            return new Result(interviewId, true);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ClockProducer.ZONE);
        Withdrawal withdrawal = new Withdrawal(
                interview,
                requestedBy,
                method,
                requestedOn,
                LocalDate.ofInstant(interview.getStartedAt(), ClockProducer.ZONE),
                today,
                caller.getStaffId(),
                now);
        InterviewStatus before = interview.getStatus();
        interview.withdraw(now);
        Map<String, Integer> erased = interviews.eraseContent(interviewId);
        interviews.store(withdrawal);
        int redacted = audit.redactInterview(interviewId);
        String summary = erased.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", "))
                + ", audit values redacted=" + redacted + ", names erased";
        audit.record(SupervisionEvents.withdrawn(caller, interview, withdrawal, before, summary));
        LOG.info(() -> "Interview #" + interviewId + " withdrawn and erased by staff #" + caller.getStaffId());
        return new Result(interviewId, false);
    }
}
