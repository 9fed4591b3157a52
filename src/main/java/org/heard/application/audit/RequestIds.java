package org.heard.application.audit;

import java.util.UUID;

/**
 * The id of the request being served, written into every audit event so that
 * the events of one request can be told apart from another's. Work outside a
 * web request (start-up, scheduled jobs) gets an id of its own per event group.
 */
public final class RequestIds {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {}

    /** Marks the start of a request on this thread. */
    public static void begin() {
        CURRENT.set(UUID.randomUUID().toString());
    }

    public static void end() {
        CURRENT.remove();
    }

    /** The current request's id; outside a request, a fresh id prefixed {@code system-}. */
    public static String current() {
        String id = CURRENT.get();
        return id != null ? id : "system-" + UUID.randomUUID();
    }
}
