package org.heard.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
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
        return statements(work).size();
    }

    /** The SQL of the statements {@code work} sent, in order (parameters as placeholders). */
    public List<String> statements(Runnable work) {
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        SessionEventAdapter listener = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                statements.add(
                        event.getCall() instanceof DatabaseCall call
                                ? call.getSQLString()
                                : String.valueOf(event.getCall()));
            }
        };
        Server server = factory.unwrap(Server.class);
        server.getEventManager().addListener(listener);
        try {
            work.run();
        } finally {
            server.getEventManager().removeListener(listener);
        }
        return List.copyOf(statements);
    }
}
