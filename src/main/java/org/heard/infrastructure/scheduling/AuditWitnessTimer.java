package org.heard.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heard.application.audit.AuditTrail;

/**
 * Witnesses every audit chain's head outside the database every {@code heard.audit.witness-minutes} minutes
 * (0: only when a chain is verified). See docs/operations.md, "The audit witness".
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditWitnessTimer {

    private static final long MINUTE = 60_000L;

    @Inject
    @ConfigProperty(name = "heard.audit.witness-minutes", defaultValue = "10")
    private int minutes;

    @Inject
    private AuditTrail audit;

    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        if (minutes > 0) {
            timers.createIntervalTimer(minutes * MINUTE, minutes * MINUTE, new TimerConfig("audit witness", false));
        }
    }

    @Timeout
    @ActivateRequestContext
    public void witness() {
        audit.witnessHeads();
    }
}
