package org.heard.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements EclipseLink sends while some work runs, through a session
 * event listener on Heard's persistence unit (every call to the database raises
 * {@code preExecuteCall}). Deployed with the in-container tests only.
 */
@ApplicationScoped
public class SqlStatementCounter {

    @PersistenceUnit(unitName = "heard")
    private EntityManagerFactory factory;

    /** How many SQL statements {@code work} sent. */
    public long count(Runnable work) {
        AtomicLong statements = new AtomicLong();
        SessionEventAdapter listener = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                statements.incrementAndGet();
            }
        };
        Server server = factory.unwrap(Server.class);
        server.getEventManager().addListener(listener);
        try {
            work.run();
        } finally {
            server.getEventManager().removeListener(listener);
        }
        return statements.get();
    }
}
