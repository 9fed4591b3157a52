package org.heard.domain.model.statement;

import java.util.List;
import java.util.Optional;
import org.heard.domain.shared.NotFoundException;

/** Statements: an organisation's own, falling back to the shared default. */
public interface StatementRepository {

    Optional<ConfidentialityStatement> findStatement(Long id);

    /** The newest published statement of the organisation, or the newest published default. */
    Optional<ConfidentialityStatement> findCurrentFor(long organisationId);

    /** Every published statement the organisation's interviews may have used: its own and the defaults. */
    List<ConfidentialityStatement> findPublishedFor(long organisationId);

    /** The caller's organisation's draft, if one is being written. */
    Optional<StatementDraft> findDraft();

    /** The caller's organisation's draft; {@link NotFoundException} when none is being written. */
    default StatementDraft getDraft() {
        return findDraft().orElseThrow(NotFoundException::new);
    }

    StatementDraft store(StatementDraft draft);

    void delete(StatementDraft draft);

    /** Stores a newly published version. */
    ConfidentialityStatement store(ConfidentialityStatement statement);

    /** The highest version number among the organisation's statements and the defaults. */
    int highestVersion(long organisationId);
}
