package org.heard.infrastructure.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.heard.application.supervision.AuditService;

/**
 * Verifies every chain of the audit trail each night at 02:30 server time. A
 * broken link is logged as SEVERE (for the operators' log alerting) and the
 * result of every check is itself written to the trail.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyAuditCheck {

    @Inject
    private AuditService audit;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "Nightly audit trail verification")
    @ActivateRequestContext
    public void verify() {
        audit.verifyAll();
    }
}
