package org.heard.application.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.InterviewSupport;
import org.heard.domain.model.interview.Step;
import org.heard.domain.model.support.SupportOption;
import org.heard.domain.model.support.SupportOptionRepository;

/**
 * The end of an interview: the support read out and asked for, the check of
 * every answer and the submission that locks the interview; or stopping early,
 * keeping or erasing what the family said as they chose.
 */
@ApplicationScoped
@Transactional
public class InterviewClosing {

    private static final Logger LOG = Logger.getLogger(InterviewClosing.class.getName());

    @Inject
    private InterviewAccess access;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private SupportOptionRepository supportOptions;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** The support options read out at the end of this interview. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportOption> supportOptions(Interview interview) {
        return supportOptions.findFor(interview.getOrganisationId());
    }

    /** What was recorded of each support option, by option id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, InterviewSupport> support(Interview interview) {
        return interviews.support(interview.getId()).stream()
                .collect(Collectors.toMap(InterviewSupport::getOptionId, s -> s));
    }

    /** Records, per support option, whether it was offered and whether follow-up was asked for. */
    public void recordSupport(@NotNull Long interviewId, Map<Long, Boolean> offered, Map<Long, Boolean> followUp) {
        Interview interview = access.ownInterview(interviewId);
        Caller caller = access.caller();
        interview.requireOpenForAnswers();
        Map<Long, InterviewSupport> existing = support(interview);
        List<AuditEntry> entries = new ArrayList<>();
        for (SupportOption option : supportOptions(interview)) {
            InterviewSupport record =
                    existing.getOrDefault(option.getId(), new InterviewSupport(interview.getId(), option.getId()));
            InterviewEvents.SupportBefore before = InterviewEvents.SupportBefore.of(record);
            record.record(
                    Boolean.TRUE.equals(offered.get(option.getId())),
                    Boolean.TRUE.equals(followUp.get(option.getId())));
            interviews.store(record);
            entries.addAll(InterviewEvents.supportRecorded(caller, interview, record, before));
        }
        interview.moveTo(Step.SUPPORT, null);
        audit.record(entries);
    }

    /** Submits and locks the interview; a second submission changes nothing. Returns whether this call submitted. */
    public boolean submit(@NotNull Long interviewId) {
        Interview interview = access.ownInterview(interviewId);
        InterviewStatus before = interview.getStatus();
        boolean submitted = interview.submit(clock.instant());
        if (submitted) {
            audit.record(InterviewEvents.statusChanged(access.caller(), interview, before));
            LOG.info(() -> "Interview #" + interview.getId() + " submitted");
        }
        return submitted;
    }

    /** Stops the interview early; unless the family chose to keep it, their words are erased now. */
    public void stop(@NotNull Long interviewId, boolean keep) {
        Interview interview = access.ownInterview(interviewId);
        InterviewStatus before = interview.getStatus();
        interview.stop(keep, clock.instant());
        if (interview.getStatus() == InterviewStatus.STOPPED_DISCARDED) {
            interviews.answers(interview.getId()).forEach(Answer::erase);
            interviews.ratings(interview.getId()).forEach(r -> r.rate(null));
            interviews.flush();
            // What the family chose to discard must not survive in the audit trail either.
            audit.redactInterview(interview.getId());
        }
        audit.record(InterviewEvents.statusChanged(access.caller(), interview, before));
    }
}
