package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.model.glossary.GlossaryConflictException;
import org.heard.domain.model.glossary.GlossaryDefinition;
import org.heard.domain.model.glossary.GlossaryRepository;
import org.heard.domain.model.glossary.GlossaryTerm;

/**
 * The glossary, read for one organisation at a time: shared rows (organisation
 * null) and the current work's organisation's own. Rows are only ever inserted.
 */
@ApplicationScoped
public class JpaGlossary implements GlossaryRepository {

    private static final Logger LOG = Logger.getLogger(JpaGlossary.class.getName());

    /** A definition of a term the organisation may use, written for all or by the organisation. */
    private static final String VISIBLE = "(d.term.organisationId IS NULL OR d.term.organisationId = :organisation)"
            + " AND (d.organisationId IS NULL OR d.organisationId = :organisation)";

    @PersistenceContext(unitName = "heard")
    private EntityManager em;

    @Inject
    private OrganisationScope scope;

    @Override
    public List<GlossaryDefinition> currentDefinitions(long organisationId) {
        if (organisationId != scope.organisationId()) {
            throw new IllegalArgumentException("Cannot read another organisation's glossary");
        }
        return em.createQuery(
                        "SELECT d FROM GlossaryDefinition d WHERE " + VISIBLE + " AND ("
                                + " (d.organisationId = :organisation AND d.version = (SELECT MAX(o.version)"
                                + " FROM GlossaryDefinition o WHERE o.term = d.term AND o.organisationId = :organisation))"
                                + " OR (d.organisationId IS NULL AND d.version = (SELECT MAX(s.version)"
                                + " FROM GlossaryDefinition s WHERE s.term = d.term AND s.organisationId IS NULL)"
                                + " AND NOT EXISTS (SELECT x.id FROM GlossaryDefinition x"
                                + " WHERE x.term = d.term AND x.organisationId = :organisation)))"
                                + " ORDER BY d.term.term, d.term.id",
                        GlossaryDefinition.class)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public Optional<GlossaryDefinition> findDefinition(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        long organisation = scope.organisationId();
        Optional<GlossaryDefinition> found = Optional.ofNullable(em.find(GlossaryDefinition.class, id));
        Optional<GlossaryDefinition> visible = found.filter(d -> d.getTerm().isVisibleTo(organisation)
                && (d.getOrganisationId() == null || d.getOrganisationId() == organisation));
        if (found.isPresent() && visible.isEmpty()) {
            LOG.warning(() -> "Refused cross-organisation read of GlossaryDefinition #" + id + " by organisation #"
                    + organisation);
        }
        return visible;
    }

    @Override
    public Optional<GlossaryTerm> findTerm(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        long organisation = scope.organisationId();
        Optional<GlossaryTerm> found = Optional.ofNullable(em.find(GlossaryTerm.class, id));
        Optional<GlossaryTerm> visible = found.filter(t -> t.isVisibleTo(organisation));
        if (found.isPresent() && visible.isEmpty()) {
            LOG.warning(() ->
                    "Refused cross-organisation read of GlossaryTerm #" + id + " by organisation #" + organisation);
        }
        return visible;
    }

    @Override
    public List<GlossaryDefinition> versions(long termId) {
        return em.createQuery(
                        "SELECT d FROM GlossaryDefinition d WHERE d.term.id = :term AND " + VISIBLE
                                + " ORDER BY d.version DESC, d.id DESC",
                        GlossaryDefinition.class)
                .setParameter("term", termId)
                .setParameter("organisation", scope.organisationId())
                .getResultList();
    }

    @Override
    public GlossaryTerm store(GlossaryTerm term) {
        if (term.getOrganisationId() == null || term.getOrganisationId() != scope.organisationId()) {
            throw new IllegalArgumentException("Cannot add a term of another organisation");
        }
        return persist(term);
    }

    @Override
    public GlossaryDefinition store(GlossaryDefinition definition) {
        long organisation = scope.organisationId();
        if (definition.getOrganisationId() == null
                || definition.getOrganisationId() != organisation
                || !definition.getTerm().isVisibleTo(organisation)) {
            throw new IllegalArgumentException("Cannot add a definition for another organisation");
        }
        return persist(definition);
    }

    /** Inserts at once, so that a row another administrator inserted meanwhile is reported as a conflict. */
    private <T> T persist(T row) {
        try {
            em.persist(row);
            em.flush();
            return row;
        } catch (PersistenceException duplicate) {
            throw new GlossaryConflictException(duplicate);
        }
    }
}
