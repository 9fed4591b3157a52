package org.heard.domain.model.organisation;

import java.util.Optional;

/**
 * Looks up an account by user name: for signing in, before anyone is signed in,
 * and to load the signed-in caller of a session. The only unscoped read of staff
 * accounts; also registers accounts and teams for set-up tasks without a caller.
 */
public interface SignInDirectory {

    Optional<StaffAccount> findByUsername(String normalisedUsername);

    /** Registers a new account (used by set-up tasks that run without a signed-in caller). */
    StaffAccount register(StaffAccount account);

    /** Registers a new team (used by set-up tasks that run without a signed-in caller). */
    Team register(Team team);
}
