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
import org.heard.application.account.AccountEvents;
import org.heard.application.account.SignInAttempts;
import org.heard.application.account.SignInThrottle;
import org.heard.application.audit.AuditTrail;
import org.heard.domain.model.organisation.Role;
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
    private SignInAttempts attempts;

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
        String password = given.getPasswordAsString();
        String address = clientAddress.get();
        // One look-up serves the throttle, the password check and the audit event alike.
        SignInAttempts.Attempt attempt = attempts.resolve(given.getCaller());
        String normalised = attempt.canonical();
        Optional<StaffAccount> account = attempt.account();
        String key = attempt.throttleKey();
        if (throttle.isThrottled(key, address)) {
            LOG.info("Sign-in refused: too many failed attempts");
            auditFailure(normalised, account, "throttled");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!passwordMatches(account, password)) {
            throttle.recordFailure(key, address);
            LOG.info("Sign-in failed");
            auditFailure(normalised, account, "invalid");
            return CredentialValidationResult.INVALID_RESULT;
        }
        StaffAccount staff = account.get();
        throttle.recordSuccess(key);
        audit.record(AccountEvents.signedIn(staff));
        LOG.info(() -> "Sign-in succeeded for staff #" + staff.getId());
        return new CredentialValidationResult(
                staff.getUsername(), staff.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    /**
     * A failed attempt joins the chain of the account's organisation when the user
     * name is known, else chain 0. The user name is sealed by digest only: never stored readable.
     */
    private void auditFailure(String normalised, Optional<StaffAccount> account, String outcome) {
        audit.record(AccountEvents.signInFailed(normalised, account, outcome));
    }

    /** Whether the password is the enabled account's; unknown accounts cost a decoy hash, so timing tells nothing. */
    private boolean passwordMatches(Optional<StaffAccount> account, String password) {
        if (password == null || password.isEmpty() || password.length() > PASSWORD_MAX) {
            return false;
        }
        if (account.isEmpty()) {
            passwords.verifyDecoy(password);
            return false;
        }
        return passwords.verify(password, account.get().getPasswordHash())
                && account.get().isEnabled();
    }
}
