package org.heard.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.heard.domain.model.quality.AnswerCoding;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemeRepository;
import org.heard.domain.model.quality.ThemeTag;
import org.heard.domain.shared.OrganisationOwned;

/** The codebook, tags and codings in JPA, limited to the caller's organisation. */
@ApplicationScoped
public class JpaThemes extends OrganisationScopedRepository<Theme> implements ThemeRepository {

    public JpaThemes() {
        super(Theme.class);
    }

    @Override
    public List<Theme> findAll() {
        return scopedQuery(
                        "SELECT t FROM Theme t WHERE t.organisationId = :organisation ORDER BY t.name, t.id",
                        Theme.class)
                .getResultList();
    }

    @Override
    public Optional<Theme> find(Long id) {
        return findOwned(id);
    }

    @Override
    public Optional<Theme> findByName(String name) {
        return scopedQuery(
                        "SELECT t FROM Theme t WHERE t.organisationId = :organisation AND LOWER(t.name) = :name",
                        Theme.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Theme store(Theme theme) {
        if (theme.getId() == null) {
            return persistOwned(theme);
        }
        return em.merge(theme);
    }

    @Override
    public void delete(Theme theme) {
        em.remove(em.contains(theme) ? theme : em.merge(theme));
    }

    @Override
    public Map<Long, Long> tagCounts() {
        return scopedQuery(
                        "SELECT g.themeId, COUNT(g) FROM ThemeTag g WHERE g.organisationId = :organisation"
                                + " GROUP BY g.themeId",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
    }

    @Override
    public long actionCount(long themeId) {
        return scopedQuery(
                        "SELECT COUNT(a) FROM QualityAction a WHERE a.organisationId = :organisation"
                                + " AND a.themeId = :theme",
                        Long.class)
                .setParameter("theme", themeId)
                .getSingleResult();
    }

    @Override
    public int clearActionTheme(long themeId) {
        return em.createQuery("UPDATE QualityAction a SET a.themeId = NULL"
                        + " WHERE a.organisationId = :organisation AND a.themeId = :theme")
                .setParameter("organisation", scope.organisationId())
                .setParameter("theme", themeId)
                .executeUpdate();
    }

    @Override
    public List<ThemeTag> tagsOfTheme(long themeId) {
        return scopedQuery(
                        "SELECT g FROM ThemeTag g WHERE g.organisationId = :organisation AND g.themeId = :theme"
                                + " ORDER BY g.id",
                        ThemeTag.class)
                .setParameter("theme", themeId)
                .getResultList();
    }

    @Override
    public List<ThemeTag> tagsOf(long coderId, Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return scopedQuery(
                        "SELECT g FROM ThemeTag g WHERE g.organisationId = :organisation AND g.coderId = :coder"
                                + " AND g.answerId IN :answers ORDER BY g.answerId, g.id",
                        ThemeTag.class)
                .setParameter("coder", coderId)
                .setParameter("answers", answerIds)
                .getResultList();
    }

    @Override
    public List<ThemeTag> tagsOf(Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return scopedQuery(
                        "SELECT g FROM ThemeTag g WHERE g.organisationId = :organisation"
                                + " AND g.answerId IN :answers ORDER BY g.answerId, g.id",
                        ThemeTag.class)
                .setParameter("answers", answerIds)
                .getResultList();
    }

    @Override
    public Optional<ThemeTag> findTag(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return scopedQuery(
                        "SELECT g FROM ThemeTag g WHERE g.organisationId = :organisation AND g.id = :id",
                        ThemeTag.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public ThemeTag store(ThemeTag tag) {
        own(tag);
        if (tag.getId() == null) {
            em.persist(tag);
            return tag;
        }
        return em.merge(tag);
    }

    @Override
    public void delete(ThemeTag tag) {
        own(tag);
        em.remove(em.contains(tag) ? tag : em.merge(tag));
    }

    @Override
    public Optional<AnswerCoding> findCoding(long coderId, long answerId) {
        return scopedQuery(
                        "SELECT c FROM AnswerCoding c WHERE c.organisationId = :organisation"
                                + " AND c.coderId = :coder AND c.answerId = :answer",
                        AnswerCoding.class)
                .setParameter("coder", coderId)
                .setParameter("answer", answerId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Long> codedBy(long coderId, Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        return scopedQuery(
                        "SELECT c.answerId FROM AnswerCoding c WHERE c.organisationId = :organisation"
                                + " AND c.coderId = :coder AND c.answerId IN :answers",
                        Long.class)
                .setParameter("coder", coderId)
                .setParameter("answers", answerIds)
                .getResultList();
    }

    @Override
    public AnswerCoding store(AnswerCoding coding) {
        own(coding);
        em.persist(coding);
        return coding;
    }

    @Override
    public void flush() {
        em.flush();
    }

    private void own(OrganisationOwned record) {
        if (!record.getOrganisationId().equals(scope.organisationId())) {
            throw new IllegalArgumentException("Cannot store a record of another organisation");
        }
    }
}
