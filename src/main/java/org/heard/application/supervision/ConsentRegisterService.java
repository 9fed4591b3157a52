package org.heard.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.ClockProducer;
import org.heard.domain.model.audit.AuditChain;
import org.heard.domain.model.interview.ConsentRecord;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.organisation.TeamRepository;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.model.statement.StatementRepository;
import org.heard.domain.shared.InterviewRuleException;

/**
 * The consent register for supervisors of one organisation: paged and filtered
 * in SQL, a detail view that proves what was read and chosen, a streamed CSV
 * export and the data of a one-page receipt. Every detail view and every export
 * is written to the audit trail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsentRegisterService {

    /** Largest page the register serves. */
    public static final int PAGE_MAX = 100;
    /** Rows read per round trip while exporting. */
    static final int EXPORT_BATCH = 500;

    /** Dates before and after these are clamped: the database cannot hold them and no interview has them. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final LocalDate LATEST = LocalDate.of(9000, 1, 1);

    @Inject
    private Supervision supervision;

    @Inject
    private ConsentRegisterQuery query;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private StatementRepository statements;

    @Inject
    private TeamRepository teams;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** One page of the register. */
    public List<ConsentRegisterRow> page(
            ConsentRegisterFilter filter, ConsentRegisterQuery.Sort sort, boolean ascending, int first, int size) {
        supervision.supervisor();
        Instant[] range = range(filter);
        if (range == null) {
            return List.of();
        }
        List<ConsentRegisterRow> rows =
                query.page(filter, range[0], range[1], sort, ascending, first, Math.min(Math.max(size, 1), PAGE_MAX));
        describe(rows);
        return rows;
    }

    /** How many interviews match the filter. */
    public long count(ConsentRegisterFilter filter) {
        supervision.supervisor();
        Instant[] range = range(filter);
        return range == null ? 0 : query.count(filter, range[0], range[1]);
    }

    /**
     * Streams every matching row, newest first, to {@code sink} in batches, so
     * that memory stays constant however many rows match. The export is audited
     * before the first row is written.
     * The audit event is committed in a transaction of its own before any row is
     * read; the rows are then read outside any transaction, so that the export never
     * holds the organisation's audit chain (which every audited write, such as an
     * autosave, takes in turn) for the time it takes to stream.
     *
     * @return the number of rows written
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long export(ConsentRegisterFilter filter, Consumer<ConsentRegisterRow> sink) {
        Caller caller = supervision.supervisor();
        audit.record(SupervisionEvents.registerExported(caller, filter));
        Instant[] range = range(filter);
        if (range == null) {
            return 0;
        }
        long written = 0;
        Instant afterStarted = null;
        Long afterId = null;
        while (true) {
            List<ConsentRegisterRow> batch =
                    query.batchAfter(filter, range[0], range[1], afterStarted, afterId, EXPORT_BATCH);
            describe(batch);
            batch.forEach(sink);
            written += batch.size();
            if (batch.size() < EXPORT_BATCH) {
                return written;
            }
            ConsentRegisterRow last = batch.get(batch.size() - 1);
            afterStarted = last.getStartedAt();
            afterId = last.getInterviewId();
        }
    }

    /** The published statements the organisation's interviews may have used, for the version filter. */
    public List<ConfidentialityStatement> statementVersions() {
        Caller caller = supervision.supervisor();
        return statements.findPublishedFor(caller.getOrganisationId());
    }

    /** The interview with this reference code in the supervisor's organisation, if any. */
    public Optional<Long> findByReference(String reference) {
        supervision.supervisor();
        return interviews.findByReference(reference).map(Interview::getId);
    }

    /** The consent detail of one interview. Viewing it is audited. */
    @Transactional(Transactional.TxType.REQUIRED)
    public ConsentDetail detail(long interviewId) {
        Caller caller = supervision.supervisor();
        ConsentDetail detail = describe(interviewId);
        audit.record(SupervisionEvents.consentViewed(caller, interviewId));
        return detail;
    }

    /**
     * The head of the caller's organisation's audit chain (last sequence number and seal), for a consent receipt
     * to print: a printed receipt then witnesses the chain as it was when it was made. Null before any event.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditChain auditHead() {
        return audit.head(supervision.supervisor().getOrganisationId());
    }

    /** The consent detail for a receipt. Downloading it is audited. */
    @Transactional(Transactional.TxType.REQUIRED)
    public ConsentDetail receipt(long interviewId) {
        Caller caller = supervision.supervisor();
        ConsentDetail detail = describe(interviewId);
        if (detail.getCurrent() == null) {
            throw new InterviewRuleException("receipt.error.no-consent");
        }
        audit.record(SupervisionEvents.receiptExported(caller, interviewId));
        return detail;
    }

    private ConsentDetail describe(long interviewId) {
        Interview interview = interviews.get(interviewId);
        Map<Long, String> names = staffNames();
        List<ConsentDetail.Record> records = interviews.consentRecords(interview.getId()).stream()
                .map(r -> record(r, names))
                .toList();
        ConsentDetail.Withdrawal withdrawal = interviews
                .withdrawal(interview.getId())
                .map(w -> new ConsentDetail.Withdrawal(
                        w.getRequestedBy(),
                        w.getMethod(),
                        w.getRequestedOn(),
                        names.get(w.getRecordedBy()),
                        w.getRecordedAt()))
                .orElse(null);
        String team = interview.getTeamId() == null
                ? null
                : teams.find(interview.getTeamId()).map(Team::getName).orElse(null);
        return new ConsentDetail(
                interview.getId(),
                interview.getReference(),
                interview.getStartedAt(),
                interview.getEndedAt(),
                interview.getStatus(),
                interview.getConsentOutcome() == null
                        ? RegisterOutcome.PENDING
                        : RegisterOutcome.valueOf(interview.getConsentOutcome().name()),
                interview.getMode(),
                interview.getRespondent(),
                names.get(interview.getInterviewerId()),
                interview.getInterviewerKind(),
                team,
                records,
                withdrawal);
    }

    private ConsentDetail.Record record(ConsentRecord record, Map<Long, String> names) {
        ConfidentialityStatement statement =
                statements.findStatement(record.getStatementId()).orElseThrow();
        boolean intact = statement.isIntact() && statement.getSha256().equals(record.getStatementSha256());
        return new ConsentDetail.Record(
                record.getId(),
                record.getRecordedAt(),
                names.get(record.getRecordedBy()),
                record.getMethod(),
                statement.getVersion(),
                statement.getText(),
                record.getStatementSha256(),
                intact,
                record.isAgreed(),
                record.getChoice(),
                record.getReplacesId());
    }

    private Map<Long, String> staffNames() {
        return supervision.staffNames();
    }

    private void describe(List<ConsentRegisterRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, Integer> versions = statements
                .findPublishedFor(supervision.supervisor().getOrganisationId())
                .stream()
                .collect(Collectors.toMap(ConfidentialityStatement::getId, ConfidentialityStatement::getVersion));
        Map<Long, String> teamNames = teams.findAll().stream().collect(Collectors.toMap(Team::getId, Team::getName));
        for (ConsentRegisterRow row : rows) {
            Integer version = row.getStatementId() == null
                    ? null
                    : versions.computeIfAbsent(row.getStatementId(), id -> statements
                            .findStatement(id)
                            .map(ConfidentialityStatement::getVersion)
                            .orElse(null));
            row.describe(version, row.getTeamId() == null ? null : teamNames.get(row.getTeamId()));
        }
    }

    /**
     * The filter's days as an instant range [from, before), clamped to dates the
     * database can hold; null when the filter cannot match anything.
     */
    private Instant[] range(ConsentRegisterFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new InterviewRuleException("register.error.dates-reversed");
        }
        if (filter.reference() != null && filter.reference().strip().length() > ConsentRegisterFilter.REFERENCE_MAX) {
            return null; // longer than any reference code: matches nothing
        }
        Instant from = filter.from() == null
                ? null
                : clamp(filter.from()).atStartOfDay(ClockProducer.ZONE).toInstant();
        Instant before = filter.to() == null
                ? null
                : clamp(filter.to())
                        .plusDays(1)
                        .atStartOfDay(ClockProducer.ZONE)
                        .toInstant();
        return new Instant[] {from, before};
    }

    private static LocalDate clamp(LocalDate day) {
        return day.isBefore(EARLIEST) ? EARLIEST : day.isAfter(LATEST) ? LATEST : day;
    }

    /** For tests and the clock-aware pages: today in the organisation's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.ZONE));
    }
}
