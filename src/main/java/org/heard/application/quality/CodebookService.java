package org.heard.application.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.application.shared.OrganisationScope;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.quality.Codebook;
import org.heard.domain.model.quality.StarterCodebook;
import org.heard.domain.model.quality.TagFate;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemeRepository;
import org.heard.domain.model.quality.ThemeTag;
import org.heard.domain.model.quality.ThemingException;

/**
 * The organisation's codebook of themes, for quality-assurance analysts: list, add,
 * change and delete themes. A theme in use is deleted only once the analyst has said
 * what happens to its tags; its child themes move up to its parent and actions of the
 * "you said, we did" log that named it keep no theme. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class CodebookService {

    @Inject
    private CallerContext callerContext;

    @Inject
    private ThemeRepository themes;

    @Inject
    private OrganisationScope scope;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A theme as the codebook page lists it. */
    public record Listing(
            long id, String name, String description, Long parentId, String parentName, long tags, long version) {}

    /** What deleting a theme would touch, for the analyst to decide before confirming. */
    public record Impact(
            long themeId,
            String name,
            long version,
            long tags,
            List<String> children,
            String parentName,
            long actions) {
        public boolean isInUse() {
            return tags > 0;
        }

        /** The child themes' names, for a sentence. */
        public String getChildNames() {
            return String.join(", ", children);
        }
    }

    /** What deleting a theme did. */
    public record Deletion(
            long tagsMoved, long duplicatesDropped, long tagsDeleted, int childrenMoved, int actionsCleared) {}

    /** Every theme, by name, with its parent and number of tags. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Listing> codebook() {
        analyst();
        List<Theme> all = themes.findAll();
        Map<Long, String> names = new HashMap<>();
        all.forEach(t -> names.put(t.getId(), t.getName()));
        Map<Long, Long> counts = themes.tagCounts();
        return all.stream()
                .map(t -> new Listing(
                        t.getId(),
                        t.getName(),
                        t.getDescription(),
                        t.getParentId(),
                        t.getParentId() == null ? null : names.get(t.getParentId()),
                        counts.getOrDefault(t.getId(), 0L),
                        t.getVersion()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Theme theme(Long id) {
        analyst();
        return themes.get(id);
    }

    /** Adds a theme to the codebook. */
    public Theme create(String name, String description, Long parentId) {
        Caller analyst = analyst();
        checkName(name, null);
        checkParent(null, parentId);
        Theme theme =
                themes.store(new Theme(analyst.getOrganisationId(), name, description, parentId, clock.instant()));
        flush("qa.themes.error.name-taken");
        audit.record(QualityEvents.themeCreated(analyst, theme));
        return theme;
    }

    /**
     * Changes a theme. {@code version} is the version the analyst edited; if someone else
     * changed the theme since, nothing is changed and the analyst is told.
     */
    public Theme change(long id, long version, String name, String description, Long parentId) {
        Caller analyst = analyst();
        Theme theme = themes.get(id);
        if (theme.getVersion() != version) {
            throw new ThemingException("qa.themes.error.changed-elsewhere");
        }
        checkName(name, id);
        checkParent(id, parentId);
        QualityEvents.ThemeBefore before = QualityEvents.ThemeBefore.of(theme);
        theme.change(name, description, parentId);
        flush("qa.themes.error.changed-elsewhere");
        List<AuditEntry> entries = QualityEvents.themeChanged(analyst, theme, before);
        if (!entries.isEmpty()) {
            audit.record(entries);
        }
        return theme;
    }

    /** What deleting the theme would touch. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Impact impact(long id) {
        analyst();
        Theme theme = themes.get(id);
        List<Theme> all = themes.findAll();
        String parentName = all.stream()
                .filter(t -> t.getId().equals(theme.getParentId()))
                .map(Theme::getName)
                .findFirst()
                .orElse(null);
        List<String> children = all.stream()
                .filter(t -> id == (t.getParentId() == null ? -1 : t.getParentId()))
                .map(Theme::getName)
                .toList();
        return new Impact(
                id,
                theme.getName(),
                theme.getVersion(),
                themes.tagCounts().getOrDefault(id, 0L),
                children,
                parentName,
                themes.actionCount(id));
    }

    /**
     * Deletes a theme. A theme with tags needs {@code fate}: {@link TagFate#MOVE} to
     * {@code targetId} (tags the target already has, by the same analyst on the same
     * passage, are dropped rather than doubled) or {@link TagFate#DELETE}. Child themes
     * move up to the deleted theme's parent; actions that named it keep no theme.
     */
    public Deletion delete(long id, long version, TagFate fate, Long targetId) {
        Caller analyst = analyst();
        Theme theme = themes.get(id);
        if (theme.getVersion() != version) {
            throw new ThemingException("qa.themes.error.changed-elsewhere");
        }
        List<ThemeTag> tags = themes.tagsOfTheme(id);
        long moved = 0;
        long dropped = 0;
        long deleted = 0;
        Theme target = null;
        if (!tags.isEmpty()) {
            if (fate == null) {
                throw new ThemingException("qa.themes.error.fate-required");
            }
            if (fate == TagFate.MOVE) {
                if (targetId == null || targetId == id) {
                    throw new ThemingException("qa.themes.error.target-required");
                }
                target = themes.find(targetId)
                        .orElseThrow(() -> new ThemingException("qa.themes.error.target-required"));
                List<ThemeTag> existing = themes.tagsOfTheme(target.getId());
                for (ThemeTag tag : tags) {
                    if (existing.stream().anyMatch(tag::sameJudgementAs)) {
                        themes.delete(tag);
                        dropped++;
                    } else {
                        tag.moveTo(target.getId());
                        moved++;
                    }
                }
            } else {
                tags.forEach(themes::delete);
                deleted = tags.size();
            }
        }
        int children = 0;
        for (Theme child : themes.findAll()) {
            if (child.getParentId() != null && child.getParentId() == id) {
                child.moveUnder(theme.getParentId());
                children++;
            }
        }
        themes.flush();
        int actions = themes.clearActionTheme(id);
        themes.delete(theme);
        flush("qa.themes.error.changed-elsewhere");
        String tagsOutcome = tags.isEmpty()
                ? null
                : fate == TagFate.MOVE
                        ? "moved " + moved + " to " + ref(target.getId()) + ", dropped " + dropped + " duplicates"
                        : "deleted " + deleted;
        List<AuditEntry> entries = QualityEvents.themeDeleted(
                analyst, theme, new QualityEvents.ThemeDeletion(tagsOutcome, children, actions));
        audit.record(entries);
        return new Deletion(moved, dropped, deleted, children, actions);
    }

    /**
     * Gives a new organisation the starting codebook. For set-up tasks (creating an
     * organisation), inside their transaction; there is no analyst to check.
     */
    public void giveStarterCodebook(long organisationId) {
        scope.runAs(organisationId, () -> {
            StarterCodebook.entries()
                    .forEach(entry -> themes.store(
                            new Theme(organisationId, entry.name(), entry.description(), null, clock.instant())));
            themes.flush();
            return null;
        });
    }

    private void checkName(String name, Long themeId) {
        if (name != null && !name.isBlank()) {
            themes.findByName(name).ifPresent(other -> {
                if (!other.getId().equals(themeId)) {
                    throw new ThemingException("qa.themes.error.name-taken");
                }
            });
        }
    }

    private void checkParent(Long themeId, Long parentId) {
        if (parentId == null) {
            return;
        }
        if (parentId.equals(themeId)) {
            throw new ThemingException("qa.themes.error.parent-cycle");
        }
        if (themes.find(parentId).isEmpty()) {
            throw new ThemingException("qa.themes.error.parent");
        }
        Map<Long, Long> parents = new HashMap<>();
        themes.findAll().forEach(t -> parents.put(t.getId(), t.getParentId()));
        if (Codebook.createsCycle(themeId, parentId, parents)) {
            throw new ThemingException("qa.themes.error.parent-cycle");
        }
    }

    /** Flushes now, so that a clash with another analyst becomes a message, not an error page. */
    private void flush(String clashKey) {
        try {
            themes.flush();
        } catch (OptimisticLockException clash) {
            throw new ThemingException("qa.themes.error.changed-elsewhere");
        } catch (PersistenceException clash) {
            throw new ThemingException(clashKey);
        }
    }

    private static String ref(Long themeId) {
        return themeId == null ? null : "#" + themeId;
    }

    private Caller analyst() {
        return callerContext.require(Role.QA_ANALYST);
    }
}
