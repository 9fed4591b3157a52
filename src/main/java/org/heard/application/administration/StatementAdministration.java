package org.heard.application.administration;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.model.statement.StatementDraft;
import org.heard.domain.model.statement.StatementRepository;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;

/**
 * An organisation's confidentiality statement versions: a draft is started as a
 * copy of the statement in force, edited, and published as the next version,
 * which applies to interviews started from then on. Published versions never
 * change: there is no method to change one, their columns are read-only to JPA,
 * and the application's database account may only insert them. Any two
 * versions can be compared side by side. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class StatementAdministration {

    @Inject
    private Administration administration;

    @Inject
    private StatementRepository statements;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Every published version the organisation's interviews may use: the defaults and its own, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConfidentialityStatement> versions() {
        return statements.findPublishedFor(administration.admin().getOrganisationId());
    }

    /** The statement in force now for new interviews. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConfidentialityStatement current() {
        return statements
                .findCurrentFor(administration.admin().getOrganisationId())
                .orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StatementDraft> draft() {
        administration.admin();
        return statements.findDraft();
    }

    /** Starts a draft as a copy of the statement in force; returns the existing draft if there is one. */
    public StatementDraft startDraft() {
        Caller admin = administration.admin();
        Optional<StatementDraft> existing = statements.findDraft();
        if (existing.isPresent()) {
            return existing.get();
        }
        ConfidentialityStatement current =
                statements.findCurrentFor(admin.getOrganisationId()).orElse(null);
        StatementDraft draft = statements.store(
                new StatementDraft(admin.getOrganisationId(), current, admin.getStaffId(), clock.instant()));
        audit.record(AdministrationEvents.statementDraftStarted(admin, draft, current));
        return draft;
    }

    /**
     * Saves the draft's text. {@code expectedVersion} is the draft version the
     * page showed; if someone saved in between, nothing is written.
     */
    public StatementDraft saveDraft(String text, long expectedVersion) {
        Caller admin = administration.admin();
        StatementDraft draft = statements.getDraft();
        if (draft.getVersion() != expectedVersion) {
            throw new InterviewRuleException("statement.admin.error.changed");
        }
        String old = draft.getText();
        draft.edit(text, clock.instant());
        statements.store(draft);
        audit.record(AdministrationEvents.statementDraftSaved(admin, draft, old));
        return draft;
    }

    /** Publishes the draft as the next version; an empty draft is refused and nothing changes. */
    public ConfidentialityStatement publish(long expectedVersion) {
        Caller admin = administration.admin();
        StatementDraft draft = statements.getDraft();
        if (draft.getVersion() != expectedVersion) {
            throw new InterviewRuleException("statement.admin.error.changed");
        }
        Instant now = clock.instant();
        ConfidentialityStatement published = ConfidentialityStatement.publish(
                admin.getOrganisationId(),
                statements.highestVersion(admin.getOrganisationId()) + 1,
                draft.getText(),
                draft.getCreatedAt(),
                now);
        statements.store(published);
        statements.delete(draft);
        audit.record(AdministrationEvents.statementPublished(admin, published));
        return published;
    }

    public void discardDraft() {
        Caller admin = administration.admin();
        statements.findDraft().ifPresent(draft -> {
            statements.delete(draft);
            audit.record(AdministrationEvents.statementDraftDiscarded(admin, draft));
        });
    }

    /** Two versions the organisation may use, side by side, line by line. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StatementComparison compare(long leftId, long rightId) {
        ConfidentialityStatement left = usable(leftId);
        ConfidentialityStatement right = usable(rightId);
        DiffRowGenerator generator = DiffRowGenerator.create()
                .showInlineDiffs(false)
                .ignoreWhiteSpaces(false)
                .lineNormalizer(line -> line) // plain text: the page escapes what it shows
                .build();
        List<DiffRow> rows = generator.generateDiffRows(lines(left.getText()), lines(right.getText()));
        return new StatementComparison(
                left.getVersion(),
                right.getVersion(),
                rows.stream().map(StatementAdministration::row).toList());
    }

    private static StatementComparison.Row row(DiffRow row) {
        StatementComparison.Change change =
                switch (row.getTag()) {
                    case EQUAL -> StatementComparison.Change.EQUAL;
                    case INSERT -> StatementComparison.Change.ADDED;
                    case DELETE -> StatementComparison.Change.REMOVED;
                    case CHANGE -> StatementComparison.Change.CHANGED;
                };
        return new StatementComparison.Row(change, row.getOldLine(), row.getNewLine());
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private ConfidentialityStatement usable(long id) {
        long organisation = administration.admin().getOrganisationId();
        return statements
                .findStatement(id)
                .filter(s -> s.getOrganisationId() == null || s.getOrganisationId() == organisation)
                .orElseThrow(NotFoundException::new);
    }
}
