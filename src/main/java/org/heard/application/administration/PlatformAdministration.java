package org.heard.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.heard.application.audit.AuditTrail;
import org.heard.application.quality.CodebookService;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.model.organisation.Organisation;
import org.heard.domain.model.organisation.OrganisationRepository;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.shared.InterviewRuleException;

/**
 * The platform administrator's use cases: list the organisations of the
 * installation and create one with its first administrator. A platform
 * administrator sees no organisation's family data, teams or staff; only each
 * organisation's code, name, creation time and number of staff accounts.
 */
@ApplicationScoped
@Transactional
public class PlatformAdministration {

    private static final Logger LOG = Logger.getLogger(PlatformAdministration.class.getName());

    /** An organisation's code: 2 to 8 letters or digits (upper-cased). */
    private static final String CODE_PATTERN = "[A-Z0-9]{2,8}";

    @Inject
    private CallerContext callerContext;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private AdministrationService staffAdministration;

    @Inject
    private OrganisationScope scope;

    @Inject
    private CodebookService codebook;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** An organisation as the platform administrator sees it. */
    public record Listing(String code, String name, Instant createdAt, long staffAccounts) {
        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public long getStaffAccounts() {
            return staffAccounts;
        }
    }

    /** A new organisation and its first administrator's temporary password, to hand over once. */
    public record Created(long organisationId, String code, AdministrationService.Temporary administrator)
            implements java.io.Serializable {
        public String getCode() {
            return code;
        }

        public AdministrationService.Temporary getAdministrator() {
            return administrator;
        }
    }

    /** Every organisation, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listing> organisations() {
        platformAdmin();
        Map<Long, Long> counts = organisations.staffCounts();
        return organisations.findAll().stream()
                .map(o -> new Listing(o.getCode(), o.getName(), o.getCreatedAt(), counts.getOrDefault(o.getId(), 0L)))
                .toList();
    }

    /**
     * Creates an organisation and its first administrator (role {@code ADMIN}, a temporary password to be changed
     * at the first sign-in), in one transaction: a refused administrator leaves no organisation behind. The
     * organisation starts with the same codebook of themes as every other ({@code StarterCodebook}).
     */
    public Created create(String code, String name, String adminDisplayName, String adminUsername) {
        Caller platformAdmin = platformAdmin();
        String cleanCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (cleanCode.isEmpty()) {
            throw new InterviewRuleException("platform.error.code-required", "code");
        }
        if (!cleanCode.matches(CODE_PATTERN)) {
            throw new InterviewRuleException("platform.error.code-invalid", "code");
        }
        if (organisations.findByCode(cleanCode).isPresent()) {
            throw new InterviewRuleException("platform.error.code-taken", "code");
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            throw new InterviewRuleException("platform.error.name-required", "name");
        }
        if (cleanName.length() > Organisation.NAME_MAX) {
            throw new InterviewRuleException("platform.error.name-too-long", "name");
        }
        Organisation organisation = organisations.store(new Organisation(cleanCode, cleanName, clock.instant()));
        long organisationId = organisation.getId();
        audit.record(AdministrationEvents.organisationCreated(platformAdmin, organisationId, cleanCode, cleanName));
        codebook.giveStarterCodebook(organisationId);
        AdministrationService.Temporary administrator = scope.runAs(
                organisationId,
                () -> staffAdministration.newAccount(
                        organisation,
                        platformAdmin.getStaffId(),
                        adminDisplayName,
                        adminUsername,
                        EnumSet.of(Role.ADMIN),
                        null));
        LOG.info(() -> "Organisation #" + organisationId + " created by staff #" + platformAdmin.getStaffId());
        return new Created(organisationId, cleanCode, administrator);
    }

    private Caller platformAdmin() {
        return callerContext.require(Role.PLATFORM_ADMIN);
    }
}
