package org.heard.application.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.application.shared.ClockProducer;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.quality.ActionLogException;
import org.heard.domain.model.quality.ActionStatus;
import org.heard.domain.model.quality.QualityAction;
import org.heard.domain.model.quality.QualityActionRepository;

/**
 * The "you said, we did" log of quality-assurance analysts: what families said, the
 * action recommended, its owner and status, and when it was shared back; and the done
 * actions, for the families' leaflet. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class ActionLogService {

    @Inject
    private CallerContext callerContext;

    @Inject
    private QualityActionRepository actions;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Every action of the organisation, most recently changed first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QualityAction> actions() {
        analyst();
        return actions.findAll();
    }

    /** The done actions, for the printable "you said, we did" page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QualityAction> done() {
        analyst();
        return actions.findDone();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QualityAction action(Long id) {
        analyst();
        return actions.get(id);
    }

    /** The organisation's themes by id, to say which theme an action answers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> themes() {
        analyst();
        return actions.themeNames();
    }

    /** Records a new, proposed action. */
    public QualityAction record(Long themeId, String finding, String actionText, String owner) {
        Caller analyst = analyst();
        check(themeId, finding, actionText, owner);
        QualityAction action = actions.store(new QualityAction(
                analyst.getOrganisationId(),
                themeId,
                finding,
                actionText,
                owner,
                analyst.getStaffId(),
                clock.instant()));
        actions.flush();
        audit.record(QualityEvents.actionRecorded(analyst, action));
        return action;
    }

    /**
     * Changes an action. {@code version} is the version the analyst edited; if someone
     * else changed the action since, nothing is changed and the analyst is told.
     */
    public QualityAction change(
            long id,
            long version,
            Long themeId,
            String finding,
            String actionText,
            String owner,
            ActionStatus status,
            LocalDate sharedOn) {
        Caller analyst = analyst();
        QualityAction action = actions.get(id);
        if (action.getVersion() != version) {
            throw new ActionLogException("qa.actions.error.changed-elsewhere");
        }
        check(themeId, finding, actionText, owner);
        if (status == null) {
            throw new ActionLogException("qa.actions.error.status-required");
        }
        QualityEvents.ActionBefore before = QualityEvents.ActionBefore.of(action);
        action.change(themeId, finding, actionText, owner, clock.instant());
        action.progress(status, sharedOn, LocalDate.now(clock.withZone(ClockProducer.ZONE)), clock.instant());
        actions.flush();
        List<AuditEntry> entries = QualityEvents.actionChanged(analyst, action, before);
        if (!entries.isEmpty()) {
            audit.record(entries);
        }
        return action;
    }

    private void check(Long themeId, String finding, String actionText, String owner) {
        requireText(finding, QualityAction.FINDING_MAX, "finding");
        requireText(actionText, QualityAction.ACTION_MAX, "action");
        requireText(owner, QualityAction.OWNER_MAX, "owner");
        if (themeId != null && !actions.themeNames().containsKey(themeId)) {
            throw new ActionLogException("qa.actions.error.theme");
        }
    }

    private static void requireText(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new ActionLogException("qa.actions.error." + field + "-required");
        }
        if (value.strip().length() > max) {
            throw new ActionLogException("qa.actions.error." + field + "-too-long");
        }
    }

    private Caller analyst() {
        return callerContext.require(Role.QA_ANALYST);
    }
}
