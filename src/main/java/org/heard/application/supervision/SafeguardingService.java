package org.heard.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.SafeguardingConcern;

/** Safeguarding concerns as supervisors see them: every open concern of their organisation. */
@ApplicationScoped
public class SafeguardingService {

    @Inject
    private Supervision supervision;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "heard.safeguarding.highlight-after-hours", defaultValue = "24")
    private int highlightAfterHours;

    /** An open concern with what a supervisor needs to act on it; overdue when older than the configured time. */
    public record OpenConcern(
            long id, String reference, Instant raisedAt, String raisedBy, String description, boolean overdue) {
        public long getId() {
            return id;
        }

        public boolean isOverdue() {
            return overdue;
        }

        public String getReference() {
            return reference;
        }

        public Instant getRaisedAt() {
            return raisedAt;
        }

        public String getRaisedBy() {
            return raisedBy;
        }

        public String getDescription() {
            return description;
        }
    }

    /** The caller's organisation's concerns not yet acknowledged, oldest first; supervisors only. */
    public List<OpenConcern> openConcerns() {
        supervisor();
        Instant overdueBefore = clock.instant().minus(Duration.ofHours(Math.max(0, highlightAfterHours)));
        List<SafeguardingConcern> concerns = interviews.openConcerns();
        if (concerns.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = supervision.staffNames();
        Map<Long, String> references = concerns.stream()
                .map(SafeguardingConcern::getInterviewId)
                .distinct()
                .map(interviews::find)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(Interview::getId, Interview::getReference, (a, b) -> a));
        return concerns.stream()
                .map(c -> new OpenConcern(
                        c.getId(),
                        references.get(c.getInterviewId()),
                        c.getRaisedAt(),
                        names.get(c.getRaisedBy()),
                        c.getDescription(),
                        c.getRaisedAt().isBefore(overdueBefore)))
                .toList();
    }

    /** Hours after which an open concern is highlighted. */
    public int getHighlightAfterHours() {
        return highlightAfterHours;
    }

    /**
     * Acknowledges a concern with the action taken; it leaves the dashboard. A
     * second acknowledgement changes nothing and returns false.
     */
    @Transactional
    public boolean acknowledge(long concernId, String actionTaken) {
        Caller caller = supervisor();
        SafeguardingConcern concern = interviews.getConcern(concernId);
        boolean acknowledged = concern.acknowledge(caller.getStaffId(), actionTaken, clock.instant());
        if (acknowledged) {
            audit.record(SupervisionEvents.concernAcknowledged(caller, concern));
        }
        return acknowledged;
    }

    private Caller supervisor() {
        return supervision.supervisor();
    }
}
