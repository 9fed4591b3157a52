package org.heard.infrastructure.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;
import org.heard.application.administration.RetentionService;

/**
 * Applies every organisation's retention policy each night at 03:00 server time,
 * after the audit check. Each batch of interviews is one transaction, audited.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyRetention {

    @Inject
    private RetentionService retention;

    @Inject
    private Clock clock;

    @Schedule(hour = "3", minute = "0", persistent = false, info = "Nightly retention")
    @ActivateRequestContext
    public void apply() {
        retention.applyAll(clock.instant());
    }
}
