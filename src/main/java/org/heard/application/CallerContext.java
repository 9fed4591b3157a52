package org.heard.application;

import java.util.Optional;

/** Who is calling: the signed-in member of staff of the current request, if any. */
public interface CallerContext {

    Optional<Caller> caller();

    /** Reloads the caller after their own account changed (a new password). */
    default void refresh() {}
}
