package org.heard.application.account;

import java.util.Optional;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.organisation.StaffAccount;

/**
 * The audit entries of a person's own account: signing in, failing to, and changing one's
 * own password. A sign-in of a known account is in its organisation's chain; a failure for
 * a name that is no account is in chain 0, and names are sealed by digest only.
 */
public final class AccountEvents {

    private AccountEvents() {}

    /** The account signed in. */
    public static AuditEntry signedIn(StaffAccount staff) {
        return AuditEntry.of(AuditAction.SIGN_IN_SUCCEEDED)
                .organisation(staff.getOrganisationId())
                .actor(staff.getId())
                .entity("staff-account", staff.getId());
    }

    /**
     * A sign-in failed ({@code outcome}: "invalid", "throttled"…): in the chain of the
     * account the name resolves to, if any, else chain 0; the name by digest only.
     */
    public static AuditEntry signInFailed(String name, Optional<StaffAccount> account, String outcome) {
        return AuditEntry.of(AuditAction.SIGN_IN_FAILED)
                .organisation(account.map(StaffAccount::getOrganisationId).orElse(null))
                .entity("staff-account", account.map(StaffAccount::getId).orElse(null))
                .change("username", null, name)
                .digestOnly()
                .reason(outcome);
    }

    /** The person changed their own password. */
    public static AuditEntry passwordChanged(StaffAccount account) {
        return AuditEntry.of(AuditAction.PASSWORD_CHANGED)
                .organisation(account.getOrganisationId())
                .actor(account.getId())
                .entity("staff-account", account.getId());
    }
}
