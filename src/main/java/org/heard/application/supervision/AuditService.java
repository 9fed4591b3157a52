package org.heard.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.heard.application.audit.AuditTrail;
import org.heard.application.audit.AuditVerification;
import org.heard.application.shared.Caller;

/**
 * Verification of the audit trail: on demand by a supervisor, for their own
 * organisation's chain, and every night by the system for every chain. Each
 * check is itself recorded; a broken chain is logged as severe.
 */
@ApplicationScoped
public class AuditService {

    private static final Logger LOG = Logger.getLogger(AuditService.class.getName());

    @Inject
    private Supervision supervision;

    @Inject
    private AuditTrail audit;

    /** Verifies the supervisor's organisation's chain and records that it was checked. */
    public AuditVerification verifyOwnOrganisation() {
        Caller caller = supervision.supervisor();
        AuditVerification result = audit.verify(caller.getOrganisationId());
        report(result, caller.getStaffId());
        return result;
    }

    /** Verifies every chain (the nightly check); returns the results. */
    public List<AuditVerification> verifyAll() {
        return audit.chains().stream()
                .map(chain -> {
                    AuditVerification result = audit.verify(chain);
                    report(result, null);
                    return result;
                })
                .toList();
    }

    private void report(AuditVerification result, Long actorId) {
        if (result.isIntact()) {
            LOG.info(() -> "Audit chain " + result.getChainId() + " " + result.summary());
        } else {
            LOG.severe(() -> "Audit chain " + result.getChainId() + " " + result.summary());
        }
        audit.record(SupervisionEvents.auditVerified(result, actorId));
    }
}
