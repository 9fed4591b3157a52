package org.heard.application.shared;

import java.util.Optional;
import org.heard.domain.model.organisation.Role;

/** Who is calling: the signed-in member of staff of the current request, if any. */
public interface CallerContext {

    Optional<Caller> caller();

    /** Reloads the caller after their own account changed (a new password). */
    default void refresh() {}

    /**
     * The signed-in caller, who must hold at least one of {@code roles}: every use
     * case's first check. Nobody signed in is {@link NotSignedInException}; a caller
     * without the role is refused as if the record did not exist
     * ({@link InterviewAccessException}).
     */
    default Caller require(Role... roles) {
        Caller caller = caller().orElseThrow(NotSignedInException::new);
        for (Role role : roles) {
            if (caller.hasRole(role)) {
                return caller;
            }
        }
        throw new InterviewAccessException();
    }
}
