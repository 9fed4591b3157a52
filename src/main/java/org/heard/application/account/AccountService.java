package org.heard.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.application.shared.NotSignedInException;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.StaffRepository;
import org.heard.domain.shared.InterviewRuleException;

/** The signed-in member of staff's own account: changing their password. */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    private CallerContext callerContext;

    @Inject
    private StaffRepository staff;

    @Inject
    private Passwords passwords;

    @Inject
    private PasswordPolicy policy;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private SignedInSessions sessions;

    /**
     * Changes the caller's password after checking the current one and the
     * policy; clears a temporary password's "must change" mark. Every other session of
     * the person ends (whoever knew the old password is signed out); this one stays.
     */
    public void changePassword(String current, String chosen, String confirmation) {
        Caller caller = callerContext.caller().orElseThrow(NotSignedInException::new);
        StaffAccount account = staff.get(caller.getStaffId());
        if (current == null
                || current.length() > PasswordPolicy.MAX_LENGTH
                || !passwords.verify(current, account.getPasswordHash())) {
            throw new InterviewRuleException("password.error.current-wrong", "current");
        }
        if (chosen != null && chosen.equals(current)) {
            throw new InterviewRuleException("password.error.same", "chosen");
        }
        policy.check(chosen, confirmation, account.getUsername(), account.getDisplayName());
        account.changePassword(passwords.hash(chosen), clock.instant());
        audit.record(AccountEvents.passwordChanged(account));
        sessions.endOthers(account.getId());
        callerContext.refresh();
    }
}
