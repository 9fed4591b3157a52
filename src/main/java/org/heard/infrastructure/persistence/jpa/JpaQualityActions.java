package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heard.domain.model.quality.ActionStatus;
import org.heard.domain.model.quality.QualityAction;
import org.heard.domain.model.quality.QualityActionRepository;

/** The "you said, we did" log in JPA, limited to the caller's organisation. */
@ApplicationScoped
public class JpaQualityActions extends OrganisationScopedRepository<QualityAction> implements QualityActionRepository {

    public JpaQualityActions() {
        super(QualityAction.class);
    }

    @Override
    public List<QualityAction> findAll() {
        return scopedQuery(
                        "SELECT a FROM QualityAction a WHERE a.organisationId = :organisation"
                                + " ORDER BY a.updatedAt DESC, a.id DESC",
                        QualityAction.class)
                .getResultList();
    }

    @Override
    public List<QualityAction> findDone() {
        return scopedQuery(
                        "SELECT a FROM QualityAction a WHERE a.organisationId = :organisation AND a.status = :done"
                                + " ORDER BY CASE WHEN a.sharedOn IS NULL THEN 1 ELSE 0 END, a.sharedOn DESC,"
                                + " a.id DESC",
                        QualityAction.class)
                .setParameter("done", ActionStatus.DONE)
                .getResultList();
    }

    @Override
    public Optional<QualityAction> find(Long id) {
        return findOwned(id);
    }

    @Override
    public QualityAction store(QualityAction action) {
        if (action.getId() == null) {
            return persistOwned(action);
        }
        return em.merge(action);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<Long, String> themeNames() {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, name FROM qa_theme WHERE organisation_id = ?1 ORDER BY name, id")
                .setParameter(1, scope.organisationId())
                .getResultList();
        Map<Long, String> names = new LinkedHashMap<>();
        rows.forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        return names;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
