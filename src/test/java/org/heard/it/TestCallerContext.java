package org.heard.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;

/**
 * Replaces the session's signed-in caller inside a test deployment, so that
 * in-container tests call the application services as a chosen member of staff.
 * Only ever added to test archives.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class TestCallerContext implements CallerContext {

    private static final ThreadLocal<Caller> CALLER = new ThreadLocal<>();

    /** Acts as {@code caller} on this thread until {@link #clear()}. */
    public static void actAs(Caller caller) {
        CALLER.set(caller);
    }

    public static void clear() {
        CALLER.remove();
    }

    @Override
    public Optional<Caller> caller() {
        return Optional.ofNullable(CALLER.get());
    }
}
