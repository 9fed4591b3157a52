package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.model.script.ScriptStatus;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.model.statement.StatementDraft;
import org.heard.domain.model.statement.StatementRepository;
import org.heard.domain.model.support.SupportOption;
import org.heard.domain.model.support.SupportOptionRepository;

/**
 * Reference data that interviews use: statements and support options (an
 * organisation's own, else the shared defaults). None of it is family data.
 * Scripts are {@link JpaScripts}, the glossary {@link JpaGlossary}.
 */
@ApplicationScoped
public class JpaReferenceData implements StatementRepository, SupportOptionRepository {

    @PersistenceContext(unitName = "heard")
    private EntityManager em;

    @Inject
    private OrganisationScope scope;

    @Override
    public Optional<ConfidentialityStatement> findStatement(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ConfidentialityStatement.class, id));
    }

    @Override
    public Optional<ConfidentialityStatement> findCurrentFor(long organisationId) {
        List<ConfidentialityStatement> candidates = em.createQuery(
                        "SELECT s FROM ConfidentialityStatement s WHERE s.status = :published"
                                + " AND (s.organisationId = :organisation OR s.organisationId IS NULL)"
                                + " ORDER BY s.organisationId DESC, s.version DESC",
                        ConfidentialityStatement.class)
                .setParameter("published", ScriptStatus.PUBLISHED)
                .setParameter("organisation", organisationId)
                .getResultList();
        return candidates.stream()
                .filter(s -> s.getOrganisationId() != null)
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    @Override
    public Optional<StatementDraft> findDraft() {
        return em.createQuery(
                        "SELECT d FROM StatementDraft d WHERE d.organisationId = :organisation", StatementDraft.class)
                .setParameter("organisation", scope.organisationId())
                .getResultStream()
                .findFirst();
    }

    @Override
    public StatementDraft store(StatementDraft draft) {
        if (!draft.getOrganisationId().equals(scope.organisationId())) {
            throw new IllegalArgumentException("Cannot store a draft of another organisation");
        }
        if (draft.getId() == null) {
            em.persist(draft);
        }
        em.flush();
        return draft;
    }

    @Override
    public void delete(StatementDraft draft) {
        em.remove(em.contains(draft) ? draft : em.merge(draft));
    }

    @Override
    public ConfidentialityStatement store(ConfidentialityStatement statement) {
        if (statement.getOrganisationId() == null
                || !statement.getOrganisationId().equals(scope.organisationId())) {
            throw new IllegalArgumentException("Cannot publish a statement of another organisation");
        }
        em.persist(statement);
        em.flush();
        return statement;
    }

    @Override
    public int highestVersion(long organisationId) {
        Integer highest = em.createQuery(
                        "SELECT MAX(s.version) FROM ConfidentialityStatement s"
                                + " WHERE s.organisationId = :organisation OR s.organisationId IS NULL",
                        Integer.class)
                .setParameter("organisation", organisationId)
                .getSingleResult();
        return highest == null ? 0 : highest;
    }

    @Override
    public List<ConfidentialityStatement> findPublishedFor(long organisationId) {
        return em.createQuery(
                        "SELECT s FROM ConfidentialityStatement s WHERE s.status = :published"
                                + " AND (s.organisationId = :organisation OR s.organisationId IS NULL)"
                                + " ORDER BY s.organisationId, s.version",
                        ConfidentialityStatement.class)
                .setParameter("published", ScriptStatus.PUBLISHED)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public List<SupportOption> findFor(long organisationId) {
        List<SupportOption> own = findOwn(organisationId);
        return (own.isEmpty() ? findDefaults() : own)
                .stream().filter(SupportOption::isActive).toList();
    }

    @Override
    public List<SupportOption> findOwn(long organisationId) {
        return options("s.organisationId = :organisation", organisationId);
    }

    @Override
    public List<SupportOption> findDefaults() {
        return options("s.organisationId IS NULL", null);
    }

    @Override
    public SupportOption store(SupportOption option) {
        if (option.getOrganisationId() == null || !option.getOrganisationId().equals(scope.organisationId())) {
            throw new IllegalArgumentException("Cannot store a support option of another organisation");
        }
        em.persist(option);
        em.flush();
        return option;
    }

    private List<SupportOption> options(String where, Long organisationId) {
        var query = em.createQuery(
                "SELECT s FROM SupportOption s WHERE " + where + " ORDER BY s.position, s.id", SupportOption.class);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return query.getResultList();
    }
}
