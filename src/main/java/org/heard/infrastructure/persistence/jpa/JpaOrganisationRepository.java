package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heard.domain.model.organisation.Organisation;
import org.heard.domain.model.organisation.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "heard")
    private EntityManager em;

    @Override
    public Optional<Organisation> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Organisation> findAll() {
        return em.createQuery("SELECT o FROM Organisation o ORDER BY o.name", Organisation.class)
                .getResultList();
    }

    @Override
    public Organisation store(Organisation organisation) {
        em.persist(organisation);
        em.flush(); // assigns the id, which the organisation's teams and staff refer to
        return organisation;
    }

    @Override
    public Map<Long, Long> staffCounts() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "SELECT s.organisationId, COUNT(s) FROM StaffAccount s GROUP BY s.organisationId",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }
}
