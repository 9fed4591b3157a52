package org.heard.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.heard.domain.model.organisation.SignInDirectory;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.Usernames;

/**
 * Resolves a typed user name once, for both the password check and the throttle. The name is brought to its
 * canonical form ({@link Usernames#canonical}); the account it names must carry exactly that name. Failures count
 * against the account that the database's look-up finds, whose comparison may be looser than the canonical form
 * (MariaDB's {@code utf8mb4_unicode_ci} ignores accents and some invisible characters), so that no spelling of a
 * name gets a counter of its own.
 */
@ApplicationScoped
public class SignInAttempts {

    @Inject
    private SignInDirectory directory;

    /** What a typed user name resolves to. */
    public Attempt resolve(String typed) {
        Optional<String> canonical = Usernames.canonical(typed);
        if (canonical.isEmpty()) {
            // No account can ever sign in under a refused name, so there is nothing to guess: it counts
            // against the address only. One key shared by every refused name would let anyone's stray
            // invisible character, or another person's mistakes, lock out everyone's refused names.
            return new Attempt(null, Optional.empty(), null);
        }
        Optional<StaffAccount> found = directory.findByUsername(canonical.get());
        String key = found.map(account -> "account:" + account.getId()).orElse("name:" + canonical.get());
        return new Attempt(
                canonical.get(), found.filter(account -> account.getUsername().equals(canonical.get())), key);
    }

    /**
     * One resolved sign-in attempt.
     *
     * @param canonical the name in its canonical form, or null when it was refused
     * @param account the account of exactly that name, if any
     * @param throttleKey the key that failures count against: the account the database matched, else the name;
     *     null for a refused name, whose failures count against the address only
     */
    public record Attempt(String canonical, Optional<StaffAccount> account, String throttleKey) {}
}
