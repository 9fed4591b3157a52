package org.heard.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.heard.application.audit.AuditTrail;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEvent;
import org.heard.domain.model.audit.AuditSlot;
import org.heard.domain.model.audit.AuditValue;
import org.heard.domain.model.interview.InterviewRepository;

/**
 * An interview's history from the audit trail: every event in order, and the
 * interview reconstructed as it stood at a chosen moment (each field's latest
 * value at or before then).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InterviewHistoryService {

    @Inject
    private Supervision supervision;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private AuditTrail audit;

    /** Every event of the interview, oldest first. */
    public List<HistoryEntry> timeline(long interviewId) {
        supervision.supervisor();
        interviews.get(interviewId);
        List<AuditEvent> events = audit.eventsOfInterview(interviewId);
        Map<Long, Map<AuditSlot, AuditValue>> values = audit.values(events);
        Map<Long, String> names = supervision.staffNames();
        List<HistoryEntry> entries = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            Map<AuditSlot, AuditValue> kept = values.getOrDefault(event.getId(), Map.of());
            HistoryEntry.Shown shown = kept.values().stream().anyMatch(AuditValue::isRedacted)
                    ? HistoryEntry.Shown.REDACTED
                    : (event.getOldDigest() != null && !kept.containsKey(AuditSlot.OLD))
                                    || (event.getNewDigest() != null && !kept.containsKey(AuditSlot.NEW))
                            ? HistoryEntry.Shown.NOT_KEPT
                            : HistoryEntry.Shown.VALUE;
            entries.add(new HistoryEntry(
                    event.getId(),
                    event.getSeq(),
                    event.getOccurredAt(),
                    event.getActorId() == null ? null : names.get(event.getActorId()),
                    event.getAction(),
                    event.getField(),
                    text(kept.get(AuditSlot.OLD)),
                    text(kept.get(AuditSlot.NEW)),
                    text(kept.get(AuditSlot.REASON)),
                    shown));
        }
        return entries;
    }

    /**
     * The interview's fields as they stood at {@code moment}: for every field that
     * changed up to then, its latest value (or how it is shown, when not kept).
     */
    public List<HistoryEntry> asAt(long interviewId, Instant moment) {
        Map<String, HistoryEntry> latest = new TreeMap<>();
        for (HistoryEntry entry : timeline(interviewId)) {
            if (entry.getAt().isAfter(moment)) {
                break;
            }
            if (entry.getField() != null && isState(entry.getAction())) {
                latest.put(entry.getField(), entry);
            }
        }
        return List.copyOf(latest.values());
    }

    /** Events that change the interview's state, as opposed to views, exports and verifications. */
    private static boolean isState(AuditAction action) {
        return switch (action) {
            case INTERVIEW_STARTED,
                    INTERVIEW_STATUS_CHANGED,
                    CONSENT_RECORDED,
                    ANSWER_SAVED,
                    RATING_SAVED,
                    SUPPORT_RECORDED,
                    ANSWER_CORRECTED,
                    WITHDRAWAL_RECORDED -> true;
            default -> false;
        };
    }

    private static String text(AuditValue value) {
        return value == null || value.isRedacted() ? null : value.getValue();
    }
}
