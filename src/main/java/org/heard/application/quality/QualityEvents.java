package org.heard.application.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.heard.application.audit.AuditEvents;
import org.heard.application.shared.Caller;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.quality.Passage;
import org.heard.domain.model.quality.QualityAction;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemeTag;

/**
 * The audit entries of quality assurance's use cases (the codebook, coding and the
 * "you said, we did" log, the de-identified export), one factory per action: each entry
 * is in the analyst's organisation's chain, by the analyst, about one theme, tag, answer
 * or action. A use
 * case reads {@code audit.record(QualityEvents.themeCreated(…))}.
 */
public final class QualityEvents {

    private QualityEvents() {}

    /** What a theme held before a change, to record only what changed. */
    public record ThemeBefore(String name, String description, Long parentId) {
        public static ThemeBefore of(Theme theme) {
            return new ThemeBefore(theme.getName(), theme.getDescription(), theme.getParentId());
        }
    }

    /** What an action held before a change, to record only what changed. */
    public record ActionBefore(
            String status, LocalDate sharedOn, String owner, Long themeId, String finding, String actionText) {
        public static ActionBefore of(QualityAction action) {
            return new ActionBefore(
                    action.getStatus().name(),
                    action.getSharedOn(),
                    action.getOwner(),
                    action.getThemeId(),
                    action.getFinding(),
                    action.getActionText());
        }
    }

    /** What deleting a theme did: its tags' fate in words, its children moved, the actions that lost it. */
    public record ThemeDeletion(String tags, int children, int actions) {}

    /** A theme was added to the codebook: its name and parent. */
    public static List<AuditEntry> themeCreated(Caller analyst, Theme theme) {
        return List.of(
                theme(analyst, AuditAction.QA_THEME_CREATED, theme.getId()).value("name", theme.getName()),
                theme(analyst, AuditAction.QA_THEME_CREATED, theme.getId()).value("parent", ref(theme.getParentId())));
    }

    /** A theme was changed: one entry per changed field, the description's words not repeated. */
    public static List<AuditEntry> themeChanged(Caller analyst, Theme theme, ThemeBefore before) {
        List<AuditEntry> entries = new ArrayList<>();
        if (!before.name().equals(theme.getName())) {
            entries.add(theme(analyst, AuditAction.QA_THEME_CHANGED, theme.getId())
                    .change("name", before.name(), theme.getName()));
        }
        if (!before.description().equals(theme.getDescription())) {
            entries.add(
                    theme(analyst, AuditAction.QA_THEME_CHANGED, theme.getId()).field("description"));
        }
        if (!Objects.equals(before.parentId(), theme.getParentId())) {
            entries.add(theme(analyst, AuditAction.QA_THEME_CHANGED, theme.getId())
                    .change("parent", ref(before.parentId()), ref(theme.getParentId())));
        }
        return entries;
    }

    /** A theme was deleted: its name, and what happened to its tags, children and actions when it had any. */
    public static List<AuditEntry> themeDeleted(Caller analyst, Theme theme, ThemeDeletion deletion) {
        Long id = theme.getId();
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(theme(analyst, AuditAction.QA_THEME_DELETED, id).change("name", theme.getName(), null));
        if (deletion.tags() != null) {
            entries.add(theme(analyst, AuditAction.QA_THEME_DELETED, id).value("tags", deletion.tags()));
        }
        if (deletion.children() > 0) {
            String parent = theme.getParentId() == null ? "top" : ref(theme.getParentId());
            entries.add(theme(analyst, AuditAction.QA_THEME_DELETED, id)
                    .value("children", deletion.children() + " moved to " + parent));
        }
        if (deletion.actions() > 0) {
            entries.add(theme(analyst, AuditAction.QA_THEME_DELETED, id)
                    .value("actions", deletion.actions() + " without theme"));
        }
        return entries;
    }

    /** Tags were added to an answer: the theme and the passage of each. */
    public static List<AuditEntry> tagsAdded(Caller analyst, List<ThemeTag> tags, Passage passage) {
        String where = passage.isWhole() ? "whole answer" : passage.start() + "-" + passage.end();
        List<AuditEntry> entries = new ArrayList<>();
        for (ThemeTag tag : tags) {
            entries.add(tag(analyst, AuditAction.QA_TAG_ADDED, tag).value("theme", ref(tag.getThemeId())));
            entries.add(tag(analyst, AuditAction.QA_TAG_ADDED, tag).value("passage", where));
        }
        return entries;
    }

    /** One of the analyst's tags was removed. */
    public static AuditEntry tagRemoved(Caller analyst, ThemeTag tag) {
        return tag(analyst, AuditAction.QA_TAG_REMOVED, tag).change("theme", ref(tag.getThemeId()), null);
    }

    /** The analyst marked an answer coded, with how many tags they gave it. */
    public static AuditEntry answerCoded(Caller analyst, long answerId, long interviewId, int tags) {
        return AuditEvents.event(analyst, AuditAction.QA_ANSWER_CODED, "answer", answerId)
                .interview(interviewId)
                .value("tags", String.valueOf(tags));
    }

    /** An action was recorded: its status, theme and owner. */
    public static List<AuditEntry> actionRecorded(Caller analyst, QualityAction action) {
        return List.of(
                action(analyst, AuditAction.QA_ACTION_RECORDED, action)
                        .value("status", action.getStatus().name()),
                action(analyst, AuditAction.QA_ACTION_RECORDED, action).value("theme", ref(action.getThemeId())),
                action(analyst, AuditAction.QA_ACTION_RECORDED, action).value("owner", action.getOwner()));
    }

    /** An action was changed: one entry per changed field, the finding's and action's words not repeated. */
    public static List<AuditEntry> actionChanged(Caller analyst, QualityAction action, ActionBefore before) {
        List<AuditEntry> entries = new ArrayList<>();
        if (!before.status().equals(action.getStatus().name())) {
            entries.add(action(analyst, AuditAction.QA_ACTION_CHANGED, action)
                    .change("status", before.status(), action.getStatus().name()));
        }
        if (!Objects.equals(before.sharedOn(), action.getSharedOn())) {
            entries.add(action(analyst, AuditAction.QA_ACTION_CHANGED, action)
                    .change("shared-on", text(before.sharedOn()), text(action.getSharedOn())));
        }
        if (!before.owner().equals(action.getOwner())) {
            entries.add(action(analyst, AuditAction.QA_ACTION_CHANGED, action)
                    .change("owner", before.owner(), action.getOwner()));
        }
        if (!Objects.equals(before.themeId(), action.getThemeId())) {
            entries.add(action(analyst, AuditAction.QA_ACTION_CHANGED, action)
                    .change("theme", ref(before.themeId()), ref(action.getThemeId())));
        }
        if (!before.finding().equals(action.getFinding())
                || !before.actionText().equals(action.getActionText())) {
            entries.add(action(analyst, AuditAction.QA_ACTION_CHANGED, action).field("words"));
        }
        return entries;
    }

    /** The de-identified export was downloaded: its filter, and how many interviews its plan left out. */
    public static AuditEntry deidentifiedExported(Caller analyst, DashboardFilter filter, long leftOut) {
        return AuditEntry.of(AuditAction.EXPORT_DEIDENTIFIED)
                .organisation(analyst.getOrganisationId())
                .actor(analyst.getStaffId())
                .value("filter", filter.describe() + ", left out=" + leftOut);
    }

    private static AuditEntry theme(Caller analyst, AuditAction action, Long themeId) {
        return AuditEvents.event(analyst, action, "qa-theme", themeId);
    }

    private static AuditEntry tag(Caller analyst, AuditAction action, ThemeTag tag) {
        return AuditEvents.event(analyst, action, "qa-theme-tag", tag.getId()).interview(tag.getInterviewId());
    }

    private static AuditEntry action(Caller analyst, AuditAction auditAction, QualityAction action) {
        return AuditEvents.event(analyst, auditAction, "qa-action", action.getId());
    }

    private static String ref(Long id) {
        return id == null ? null : "#" + id;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
