package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptDraft;
import org.heard.domain.model.script.ScriptRepository;
import org.heard.domain.model.script.ScriptStatus;

/** Script versions (shared and the caller's organisation's own) and the organisation's drafts. */
@ApplicationScoped
public class JpaScripts extends OrganisationScopedRepository<ScriptDraft> implements ScriptRepository {

    private static final String VISIBLE = "(s.organisationId = :organisation OR s.organisationId IS NULL)";

    public JpaScripts() {
        super(ScriptDraft.class);
    }

    @Override
    public Optional<Script> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Script.class, id));
    }

    @Override
    public Optional<Script> findVisible(Long id) {
        return find(id).filter(s -> s.isShared() || s.getOrganisationId().equals(scope.organisationId()));
    }

    @Override
    public Optional<Script> findCurrent(String code) {
        return scopedQuery(
                        "SELECT s FROM Script s WHERE s.code = :code AND s.status = :published AND " + VISIBLE
                                + " ORDER BY s.organisationId DESC, s.version DESC",
                        Script.class)
                .setParameter("code", code)
                .setParameter("published", ScriptStatus.PUBLISHED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Script> findCurrentScripts() {
        // Own versions sort before shared ones (NULL sorts first ascending, so descending puts them last).
        List<Script> candidates = scopedQuery(
                        "SELECT s FROM Script s WHERE s.status = :published AND " + VISIBLE
                                + " AND s.version = (SELECT MAX(t.version) FROM Script t WHERE t.code = s.code"
                                + " AND t.status = :published AND ((s.organisationId IS NULL AND t.organisationId IS NULL)"
                                + " OR t.organisationId = s.organisationId))"
                                + " ORDER BY s.code, s.organisationId DESC",
                        Script.class)
                .setParameter("published", ScriptStatus.PUBLISHED)
                .getResultList();
        Map<String, Script> current = new LinkedHashMap<>();
        candidates.forEach(s -> current.putIfAbsent(s.getCode(), s));
        return current.values().stream()
                .sorted(Comparator.comparing(Script::getTitle, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public List<Script> findVisible() {
        return scopedQuery(
                        "SELECT s FROM Script s WHERE " + VISIBLE + " ORDER BY s.code, s.version, s.organisationId",
                        Script.class)
                .getResultList();
    }

    @Override
    public int highestVersion(String code) {
        Integer highest = scopedQuery(
                        "SELECT MAX(s.version) FROM Script s WHERE s.code = :code AND " + VISIBLE, Integer.class)
                .setParameter("code", code)
                .getSingleResult();
        return highest == null ? 0 : highest;
    }

    @Override
    public Script store(Script script) {
        if (script.isShared() || !script.getOrganisationId().equals(scope.organisationId())) {
            throw new IllegalArgumentException("Cannot publish a script of another organisation");
        }
        em.persist(script);
        em.flush();
        return script;
    }

    @Override
    public List<ScriptDraft> findDrafts() {
        return scopedQuery(
                        "SELECT d FROM ScriptDraft d WHERE d.organisationId = :organisation ORDER BY d.code",
                        ScriptDraft.class)
                .getResultList();
    }

    @Override
    public Optional<ScriptDraft> findDraft(Long id) {
        return findOwned(id);
    }

    @Override
    public Optional<ScriptDraft> findDraftFor(String code) {
        return scopedQuery(
                        "SELECT d FROM ScriptDraft d WHERE d.organisationId = :organisation AND d.code = :code",
                        ScriptDraft.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public ScriptDraft store(ScriptDraft draft) {
        if (draft.getId() == null) {
            persistOwned(draft);
        } else if (!draft.getOrganisationId().equals(scope.organisationId())) {
            throw new IllegalArgumentException("Cannot store a draft of another organisation");
        }
        em.flush();
        return draft;
    }

    @Override
    public void delete(ScriptDraft draft) {
        em.remove(em.contains(draft) ? draft : em.merge(draft));
    }
}
