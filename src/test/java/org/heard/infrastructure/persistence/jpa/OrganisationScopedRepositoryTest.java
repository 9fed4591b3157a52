package org.heard.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.heard.application.shared.Caller;
import org.heard.application.shared.NotSignedInException;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.shared.OrganisationOwned;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrganisationScopedRepositoryTest {

    /** A record of organisation 1 (id 10) or 2 (id 20). */
    record Note(Long id, Long organisationId, String text) implements OrganisationOwned {
        @Override
        public Long getOrganisationId() {
            return organisationId;
        }
    }

    static final class NoteRepository extends OrganisationScopedRepository<Note> {
        NoteRepository(EntityManager em, OrganisationScope scope) {
            super(Note.class);
            this.em = em;
            this.scope = scope;
        }

        Optional<Note> find(Long id) {
            return findOwned(id);
        }
    }

    private static final Map<Long, Note> NOTES =
            Map.of(10L, new Note(10L, 1L, "Family A's words"), 20L, new Note(20L, 2L, "Family B's words"));

    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final Logger logger = Logger.getLogger(OrganisationScopedRepository.class.getName());

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(capture);
    }

    private static EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return NOTES.get((Long) args[1]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static OrganisationScope signedInTo(long organisationId) {
        OrganisationScope scope = new OrganisationScope();
        setField(scope, "callerContext", (org.heard.application.shared.CallerContext) () -> Optional.of(
                new Caller(99, organisationId, "BH", "Brighton", "Ada", java.util.Set.of(Role.ADMIN), null)));
        return scope;
    }

    private static void setField(Object target, String name, Object value) {
        try {
            var field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("A record of the caller's organisation is returned")
    void ownRecord() {
        NoteRepository notes = new NoteRepository(entityManager(), signedInTo(1));
        assertEquals("Family A's words", notes.find(10L).orElseThrow().text());
        assertTrue(logged.isEmpty());
    }

    @Test
    @DisplayName("A record of another organisation looks missing, and the refusal is logged with ids only")
    void otherOrganisationsRecord() {
        NoteRepository notes = new NoteRepository(entityManager(), signedInTo(1));
        assertTrue(notes.find(20L).isEmpty());
        assertTrue(notes.find(30L).isEmpty());
        assertTrue(notes.find(null).isEmpty());
        assertEquals(1, logged.size());
        String message = logged.get(0).getMessage();
        assertTrue(message.contains("Note #20") && message.contains("organisation #1"), message);
        assertFalse(message.contains("Family"), "no personal data in logs");
        assertFalse(message.contains("Ada"), "no staff names in logs");
    }

    @Test
    @DisplayName("Without a caller, organisation-owned data cannot be read at all")
    void failsClosed() {
        OrganisationScope scope = new OrganisationScope();
        setField(scope, "callerContext", (org.heard.application.shared.CallerContext) Optional::empty);
        NoteRepository notes = new NoteRepository(entityManager(), scope);
        assertThrows(NotSignedInException.class, () -> notes.find(10L));
        assertEquals(
                "Family B's words",
                scope.runAs(2, () -> notes.find(20L)).orElseThrow().text());
        assertThrows(NotSignedInException.class, () -> notes.find(20L), "the system scope ends with its task");
    }

    @Test
    @DisplayName("A query that does not filter on :organisation is refused before it reaches the database")
    void unscopedQueryRefused() {
        NoteRepository notes = new NoteRepository(entityManager(), signedInTo(1));
        assertThrows(IllegalArgumentException.class, () -> notes.scopedQuery("SELECT n FROM Note n", Note.class));
    }
}
