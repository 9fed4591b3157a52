package org.heard.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.ClockProducer;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.organisation.Organisation;
import org.heard.domain.model.organisation.OrganisationRepository;
import org.heard.domain.model.organisation.RetentionAction;

/**
 * Each organisation's retention policy: how many months after an interview
 * ends its personal data is kept, and whether it is then anonymised or erased.
 * A scheduled job applies it every night; administrators see beforehand what
 * the next run would do. Consent records and the interview's tombstone are
 * kept (they hold no personal data), as are safeguarding concerns. Every
 * application is audited.
 */
@ApplicationScoped
@Transactional
public class RetentionService {

    /** Interviews handled per transaction by a run. */
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    @Inject
    private Administration administration;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private OrganisationScope scope;

    @Inject
    private Clock clock;

    /** This bean through its proxy, so that each batch runs in a transaction of its own. */
    @Inject
    private RetentionService self;

    /** The administrator's organisation, with its retention settings. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation settings() {
        return organisations.find(administration.admin().getOrganisationId()).orElseThrow();
    }

    /** Sets the policy; no months means personal data is kept until the family withdraws. */
    public void saveSettings(Integer months, RetentionAction action) {
        Caller admin = administration.admin();
        Organisation organisation =
                organisations.find(admin.getOrganisationId()).orElseThrow();
        String before = describe(organisation.getRetentionMonths(), organisation.getRetentionAction());
        organisation.setRetention(months, action);
        String after = describe(organisation.getRetentionMonths(), organisation.getRetentionAction());
        if (!before.equals(after)) {
            audit.record(AdministrationEvents.retentionChanged(admin, before, after));
        }
    }

    /** One interview the next run would retain, and whether it would anonymise or erase it. */
    public record Planned(Interview interview, RetentionAction action) {}

    /**
     * What the next run would do now: the interviews whose period has ended (at most
     * {@code limit}), each with what the run would do to it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Planned> preview(int limit) {
        Organisation organisation = settings();
        if (organisation.getRetentionMonths() == null) {
            return List.of();
        }
        RetentionAction action = organisation.getRetentionAction();
        return interviews.expired(cutoff(organisation, clock.instant()), limit).stream()
                .map(interview -> new Planned(interview, action))
                .toList();
    }

    /**
     * Applies the policy of every organisation that has one, as at {@code now}
     * (the scheduled job passes the clock's time; tests pass a later one).
     *
     * @return how many interviews were anonymised or erased
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int applyAll(Instant now) {
        int total = 0;
        for (Organisation organisation : organisations.findAll()) {
            if (organisation.getRetentionMonths() != null) {
                int done = scope.runAs(organisation.getId(), () -> applyFor(organisation.getId(), now));
                total += done;
            }
        }
        int applied = total;
        LOG.info(() -> "Retention applied to " + applied + " interviews");
        return total;
    }

    private int applyFor(long organisationId, Instant now) {
        int done = 0;
        while (true) {
            int batch = self.applyBatch(organisationId, now);
            done += batch;
            if (batch < BATCH) {
                return done;
            }
        }
    }

    /** One batch in one transaction; the caller's organisation scope is set. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int applyBatch(long organisationId, Instant now) {
        Organisation organisation = organisations.find(organisationId).orElseThrow();
        if (organisation.getRetentionMonths() == null) {
            return 0;
        }
        RetentionAction action = organisation.getRetentionAction();
        List<Long> expired = interviews.expired(cutoff(organisation, now), BATCH).stream()
                .map(Interview::getId)
                .toList();
        for (long id : expired) {
            // Found afresh: erasing clears the persistence context.
            interviews.find(id).orElseThrow().retain(action, now);
            Map<String, Integer> changed =
                    action == RetentionAction.ERASE ? interviews.eraseContent(id) : interviews.anonymiseContent(id);
            int redacted = audit.redactInterview(id);
            audit.record(AdministrationEvents.retentionApplied(organisationId, id, action, changed, redacted));
        }
        return expired.size();
    }

    private static Instant cutoff(Organisation organisation, Instant now) {
        return ZonedDateTime.ofInstant(now, ClockProducer.ZONE)
                .minusMonths(organisation.getRetentionMonths())
                .toInstant();
    }

    private static String describe(Integer months, RetentionAction action) {
        return months == null ? "keep" : months + " months, " + action;
    }
}
