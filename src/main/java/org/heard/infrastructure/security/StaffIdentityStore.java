package org.heard.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.heard.application.AuditTrail;
import org.heard.application.SignInThrottle;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.SignInDirectory;
import org.heard.domain.model.organisation.StaffAccount;

/**
 * Validates a user name and password against the staff accounts in the
 * database. Disabled accounts, unknown user names and wrong passwords all fail
 * alike and take the same time; throttled attempts fail without checking.
 * Nothing that identifies the person is logged.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(StaffIdentityStore.class.getName());
    /** Longest password accepted for checking; longer ones fail without being hashed. */
    static final int PASSWORD_MAX = 1024;

    @Inject
    private SignInDirectory directory;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private AuditTrail audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = given.getCaller();
        String password = given.getPasswordAsString();
        String address = clientAddress.get();
        if (throttle.isThrottled(username, address)) {
            LOG.info("Sign-in refused: too many failed attempts");
            auditFailure(username, "throttled");
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<StaffAccount> account = lookUp(username, password);
        if (account.isEmpty()) {
            throttle.recordFailure(username, address);
            LOG.info("Sign-in failed");
            auditFailure(username, "invalid");
            return CredentialValidationResult.INVALID_RESULT;
        }
        StaffAccount staff = account.get();
        throttle.recordSuccess(username);
        audit.record(AuditEntry.of(AuditAction.SIGN_IN_SUCCEEDED)
                .organisation(staff.getOrganisationId())
                .actor(staff.getId())
                .entity("staff-account", staff.getId()));
        LOG.info(() -> "Sign-in succeeded for staff #" + staff.getId());
        return new CredentialValidationResult(
                staff.getUsername(), staff.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /**
     * A failed attempt joins the chain of the account's organisation when the user
     * name is known, else chain 0. The user name is sealed by digest only: never stored readable.
     */
    private void auditFailure(String username, String outcome) {
        String normalised;
        try {
            normalised = StaffAccount.normaliseUsername(username);
        } catch (RuntimeException notAUserName) {
            normalised = null;
        }
        Optional<StaffAccount> known = normalised == null ? Optional.empty() : directory.findByUsername(normalised);
        audit.record(AuditEntry.of(AuditAction.SIGN_IN_FAILED)
                .organisation(known.map(StaffAccount::getOrganisationId).orElse(null))
                .entity("staff-account", known.map(StaffAccount::getId).orElse(null))
                .change("username", null, normalised)
                .digestOnly()
                .reason(outcome));
    }

    private Optional<StaffAccount> lookUp(String username, String password) {
        if (username == null
                || password == null
                || password.isEmpty()
                || password.length() > PASSWORD_MAX
                || username.isBlank()
                || username.length() > StaffAccount.USERNAME_MAX) {
            return Optional.empty();
        }
        Optional<StaffAccount> account = directory.findByUsername(StaffAccount.normaliseUsername(username));
        if (account.isEmpty()) {
            passwords.verifyDecoy(password);
            return Optional.empty();
        }
        boolean valid = passwords.verify(password, account.get().getPasswordHash());
        return valid && account.get().isEnabled() ? account : Optional.empty();
    }
}
