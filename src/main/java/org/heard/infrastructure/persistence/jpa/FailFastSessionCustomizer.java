package org.heard.infrastructure.persistence.jpa;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Turns off EclipseLink's own retry of a read that failed because the database
 * could not be reached. By default EclipseLink tries such a read three more times,
 * five seconds apart, so a page opened while the database is down waited about
 * 20 s for its error page, and an autosave as long before it could say "Not saved".
 * The connection pool already gives up within seconds (see {@code HeardDataSource});
 * the page's autosave does its own retrying, with back-off, where it can say so.
 */
public class FailFastSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
