package org.heard.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.heard.application.account.SignedInSessions;

/**
 * The sessions of signed-in staff, by staff id, so that disabling an account or
 * resetting its password ends its sessions at once, and changing one's own password
 * ends one's other sessions. Sessions register when
 * their caller is loaded and leave when they end. Holds session objects of this
 * server only: Heard runs as a single Payara Micro instance.
 */
@ApplicationScoped
public class SessionRegistry implements SignedInSessions {

    private static final Logger LOG = Logger.getLogger(SessionRegistry.class.getName());

    @Inject
    private HttpServletRequest request;

    private final Map<Long, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    public void register(long staffId, HttpSession session) {
        sessions.computeIfAbsent(staffId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void forget(HttpSession session) {
        sessions.values().forEach(set -> set.remove(session));
        sessions.values().removeIf(Set::isEmpty);
    }

    @Override
    public int endAll(long staffId) {
        Set<HttpSession> ended = sessions.remove(staffId);
        return end(staffId, ended == null ? List.of() : List.copyOf(ended));
    }

    @Override
    public int endOthers(long staffId) {
        HttpSession current = request.getSession(false);
        String currentId = current == null ? null : current.getId();
        Set<HttpSession> held = sessions.getOrDefault(staffId, Set.of());
        List<HttpSession> others = held.stream()
                .filter(session -> !sessionId(session).equals(currentId))
                .toList();
        others.forEach(held::remove);
        return end(staffId, others);
    }

    private static String sessionId(HttpSession session) {
        try {
            return session.getId();
        } catch (IllegalStateException alreadyEnded) {
            return "";
        }
    }

    private static int end(long staffId, List<HttpSession> ending) {
        if (ending.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (HttpSession session : ending) {
            try {
                session.invalidate();
                count++;
            } catch (IllegalStateException alreadyEnded) {
                // ended on its own meanwhile
            }
        }
        int total = count;
        LOG.info(() -> "Ended " + total + " sessions of staff #" + staffId);
        return count;
    }
}
