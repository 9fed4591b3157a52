package org.heard.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.heard.application.account.Passwords;
import org.heard.application.account.SignedInSessions;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.InterviewAccessException;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Organisation;
import org.heard.domain.model.organisation.OrganisationRepository;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.SignInDirectory;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.StaffRepository;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.organisation.TeamRepository;
import org.heard.domain.model.organisation.Usernames;
import org.heard.domain.shared.InterviewRuleException;

/**
 * An organisation's administrators manage its teams and staff accounts: create
 * them, disable and enable accounts (a disabled account's sessions end at
 * once), and reset passwords. A new account and a reset password get a
 * temporary password, shown once to the administrator and changed by its
 * holder at the next sign-in. Every change is audited; names are sealed by
 * digest only.
 */
@ApplicationScoped
@Transactional
public class AdministrationService {

    private static final Logger LOG = Logger.getLogger(AdministrationService.class.getName());

    /** A user name: letters, digits and {@code . _ - @ +}, as in e-mail addresses. */
    private static final String USERNAME_PATTERN = "[\\p{L}\\p{N}._@+-]{3,254}";

    @Inject
    private Administration administration;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private StaffRepository staff;

    @Inject
    private TeamRepository teams;

    @Inject
    private SignInDirectory directory;

    @Inject
    private Passwords passwords;

    @Inject
    private SignedInSessions sessions;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A new account, or a reset one, with the temporary password to hand over once. */
    public record Temporary(long staffId, String username, String password) implements java.io.Serializable {
        public String getUsername() {
            return username;
        }

        public String getPassword() {
            return password;
        }
    }

    /** Creates a team of the administrator's organisation. */
    public Team createTeam(String name) {
        Caller admin = administration.admin();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InterviewRuleException("admin.team.error.name-required");
        }
        if (clean.length() > Team.NAME_MAX) {
            throw new InterviewRuleException("admin.team.error.name-too-long");
        }
        if (teams.findAll().stream().anyMatch(t -> t.getName().equalsIgnoreCase(clean))) {
            throw new InterviewRuleException("admin.team.error.duplicate");
        }
        Team team = teams.store(new Team(organisation(admin), clean, clock.instant()));
        audit.record(AdministrationEvents.teamCreated(admin, team));
        return team;
    }

    /** Creates an account with a temporary password; interviewers need their kind. */
    public Temporary createStaff(String displayName, String username, Set<Role> roles, InterviewerKind kind) {
        Caller admin = administration.admin();
        if (roles != null && !roles.stream().allMatch(Role::isOrganisationRole)) {
            throw new InterviewAccessException(); // only the platform's own set-up makes platform administrators
        }
        return newAccount(organisation(admin), admin.getStaffId(), displayName, username, roles, kind);
    }

    /**
     * Checks and creates an account of {@code organisation} with a temporary password, audited in that
     * organisation's chain with {@code actorId} as actor. The current work's organisation scope must be {@code
     * organisation}. Used for an administrator's new staff and for a new organisation's first administrator; the
     * callers check who may do it.
     */
    Temporary newAccount(
            Organisation organisation,
            long actorId,
            String displayName,
            String username,
            Set<Role> roles,
            InterviewerKind kind) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new InterviewRuleException("admin.staff.error.name-required", "displayName");
        }
        if (name.length() > StaffAccount.DISPLAY_NAME_MAX) {
            throw new InterviewRuleException("admin.staff.error.name-too-long", "displayName");
        }
        String login = Usernames.canonical(username).orElse("");
        if (!login.matches(USERNAME_PATTERN)) {
            throw new InterviewRuleException("admin.staff.error.username-invalid", "username");
        }
        if (directory.findByUsername(login).isPresent()) {
            throw new InterviewRuleException("admin.staff.error.username-taken", "username");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InterviewRuleException("admin.staff.error.roles-required", "roles");
        }
        if (roles.contains(Role.INTERVIEWER) && kind == null) {
            throw new InterviewRuleException("admin.staff.error.kind-required", "kind");
        }
        String temporary = passwords.temporary();
        String hash = passwords.hash(temporary);
        StaffAccount account = new StaffAccount(
                organisation,
                login,
                name,
                hash,
                EnumSet.copyOf(roles),
                roles.contains(Role.INTERVIEWER) ? kind : null,
                clock.instant());
        account.setTemporaryPassword(hash); // to be changed at the first sign-in
        staff.store(account);
        long organisationId = organisation.getId();
        audit.record(AdministrationEvents.staffCreated(organisationId, actorId, account));
        LOG.info(() -> "Staff #" + account.getId() + " created by staff #" + actorId);
        return new Temporary(account.getId(), login, temporary);
    }

    /** Disables an account and ends its sessions at once. An administrator cannot disable themselves. */
    public boolean disable(long staffId) {
        Caller admin = administration.admin();
        if (staffId == admin.getStaffId()) {
            throw new InterviewRuleException("admin.staff.error.self");
        }
        StaffAccount account = staff.get(staffId);
        boolean changed = account.disable();
        if (changed) {
            audit.record(AdministrationEvents.staffEnabled(admin, staffId, false));
        }
        sessions.endAll(staffId);
        return changed;
    }

    public boolean enable(long staffId) {
        Caller admin = administration.admin();
        StaffAccount account = staff.get(staffId);
        boolean changed = account.enable();
        if (changed) {
            audit.record(AdministrationEvents.staffEnabled(admin, staffId, true));
        }
        return changed;
    }

    /** Gives the account a new temporary password and ends its sessions. */
    public Temporary resetPassword(long staffId) {
        Caller admin = administration.admin();
        StaffAccount account = staff.get(staffId);
        if (account.getRoles().contains(Role.PLATFORM_ADMIN) && !admin.hasRole(Role.PLATFORM_ADMIN)) {
            throw new InterviewAccessException(); // an organisation's administrator cannot take over the platform's
        }
        String temporary = passwords.temporary();
        account.setTemporaryPassword(passwords.hash(temporary));
        audit.record(AdministrationEvents.passwordReset(admin, staffId));
        sessions.endAll(staffId);
        return new Temporary(staffId, account.getUsername(), temporary);
    }

    /** An account of the administrator's organisation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffAccount account(long staffId) {
        administration.admin();
        return staff.get(staffId);
    }

    private Organisation organisation(Caller admin) {
        return organisations.find(admin.getOrganisationId()).orElseThrow();
    }
}
