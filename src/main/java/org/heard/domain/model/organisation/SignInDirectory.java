package org.heard.domain.model.organisation;

import java.util.Optional;

/**
 * Looks up an account by user name for signing in, before anyone is signed in.
 * It is the only unscoped read of staff accounts, and is used by the identity
 * store alone.
 */
public interface SignInDirectory {

    Optional<StaffAccount> findByUsername(String normalisedUsername);

    /** Registers a new account (used by set-up tasks that run without a signed-in caller). */
    StaffAccount register(StaffAccount account);

    /** Registers a new team (used by set-up tasks that run without a signed-in caller). */
    Team register(Team team);
}
