package org.heard.application.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.domain.model.interview.ConsentRecord;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.model.statement.StatementRepository;
import org.heard.domain.shared.NotFoundException;

/**
 * The statement read to the family and the consent they give or decline. A
 * consent record is never changed: a new decision is a new record pointing to
 * the one it replaces.
 */
@ApplicationScoped
@Transactional
public class ConsentService {

    @Inject
    private InterviewAccess access;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private StatementRepository statements;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** The statement to read for this interview: the one agreed to, or else the organisation's current one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConfidentialityStatement statementFor(Interview interview) {
        return latestConsent(interview)
                .flatMap(record -> statements.findStatement(record.getStatementId()))
                .or(() -> Optional.ofNullable(interview.getStatementId()).flatMap(statements::findStatement))
                .or(() -> statements.findCurrentFor(interview.getOrganisationId()))
                .orElseThrow(() -> new IllegalStateException("No published statement"));
    }

    /** The interview's latest consent record, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsentRecord> latestConsent(Interview interview) {
        List<ConsentRecord> records = interviews.consentRecords(interview.getId());
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    /**
     * Records that the statement was read and what the family chose. Creates a new
     * consent record (pointing to any earlier one) and applies it to the interview.
     * The statement must be the interview's organisation's or a shared default.
     */
    public ConsentRecord record(@NotNull @Valid ConsentDecision decision) {
        Interview interview = access.ownInterview(decision.interviewId());
        ConfidentialityStatement statement = statements
                .findStatement(decision.statementId())
                .filter(s ->
                        s.getOrganisationId() == null || s.getOrganisationId().equals(interview.getOrganisationId()))
                .orElseThrow(NotFoundException::new);
        InterviewEvents.ConsentBefore before = InterviewEvents.ConsentBefore.of(
                interview, latestConsent(interview).orElse(null));
        Caller caller = access.caller();
        ConsentRecord record = ConsentRecord.record(
                interview,
                statement,
                decision.statementRead(),
                decision.agreed(),
                decision.choice(),
                decision.respondentName(),
                decision.socialWorkerName(),
                caller.getStaffId(),
                clock.instant(),
                before.previous());
        interviews.store(record);
        audit.record(InterviewEvents.consentRecorded(caller, interview, statement, record, before));
        return record;
    }
}
