package org.heard.infrastructure.persistence.jpa;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import java.util.logging.Logger;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.shared.OrganisationOwned;

/**
 * The one gate through which every read of organisation-owned data passes. A
 * record of another organisation is reported exactly as a record that does not
 * exist, and the refusal is logged with ids only.
 *
 * <p>Queries must name the parameter {@code :organisation}; {@link #scopedQuery}
 * refuses JPQL that does not, and binds it to the caller's organisation itself.
 */
public abstract class OrganisationScopedRepository<T extends OrganisationOwned> {

    /** Name of the JPQL parameter every scoped query must filter on. */
    public static final String ORGANISATION_PARAMETER = "organisation";

    private static final Logger LOG = Logger.getLogger(OrganisationScopedRepository.class.getName());

    @PersistenceContext(unitName = "heard")
    protected EntityManager em;

    @Inject
    protected OrganisationScope scope;

    private final Class<T> type;

    protected OrganisationScopedRepository(Class<T> type) {
        this.type = type;
    }

    /** The record, if it exists and belongs to the caller's organisation. */
    protected Optional<T> findOwned(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        long organisationId = scope.organisationId();
        T found = em.find(type, id);
        if (found == null) {
            return Optional.empty();
        }
        if (!found.getOrganisationId().equals(organisationId)) {
            LOG.warning(() -> "Refused cross-organisation read of " + type.getSimpleName() + " #" + id
                    + " by organisation #" + organisationId);
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** A typed query whose {@code :organisation} parameter is bound to the caller's organisation. */
    protected <R> TypedQuery<R> scopedQuery(String jpql, Class<R> resultType) {
        if (!jpql.contains(":" + ORGANISATION_PARAMETER)) {
            throw new IllegalArgumentException("A scoped query must filter on :" + ORGANISATION_PARAMETER);
        }
        return em.createQuery(jpql, resultType).setParameter(ORGANISATION_PARAMETER, scope.organisationId());
    }

    /** Persists a new record of the caller's organisation; refuses one of another organisation. */
    protected T persistOwned(T entity) {
        if (!entity.getOrganisationId().equals(scope.organisationId())) {
            throw new IllegalArgumentException("Cannot store a record of another organisation");
        }
        em.persist(entity);
        return entity;
    }
}
