package org.heard.interfaces.web.qa;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.heard.application.quality.CodebookService;
import org.heard.domain.model.quality.TagFate;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemingException;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /qa/themes.xhtml}: the codebook. One form adds a theme or changes the
 * one chosen from the list; deleting a theme first shows what it would touch and, for a
 * theme in use, asks what happens to its tags. What the analyst typed or chose stays on
 * the page when the service refuses it.
 */
@Named
@ViewScoped
public class ThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CodebookService codebook;

    private transient List<CodebookService.Listing> themes;

    private Long editingId;
    private long editingVersion;
    private String name;
    private String description;
    private Long parentId;

    private CodebookService.Impact deleting;
    private TagFate fate;
    private Long targetId;

    public List<CodebookService.Listing> getThemes() {
        if (themes == null) {
            themes = codebook.codebook();
        }
        return themes;
    }

    /** The themes that can be the parent of the one in the form: every other theme. */
    public List<CodebookService.Listing> getParentChoices() {
        return getThemes().stream()
                .filter(t -> editingId == null || t.id() != editingId)
                .toList();
    }

    /** The themes the tags of the theme being deleted can move to. */
    public List<CodebookService.Listing> getTargetChoices() {
        return getThemes().stream()
                .filter(t -> deleting == null || t.id() != deleting.themeId())
                .toList();
    }

    /** Loads a theme of the list into the form. */
    public void edit(Long id) {
        try {
            Theme theme = codebook.theme(id);
            editingId = theme.getId();
            editingVersion = theme.getVersion();
            name = theme.getName();
            description = theme.getDescription();
            parentId = theme.getParentId();
            deleting = null;
        } catch (NotFoundException gone) {
            Messages.addGlobalError("qa.themes.error.gone");
        }
    }

    /** Adds the theme, or saves the changes to the one being edited. */
    public void save() {
        try {
            if (editingId == null) {
                codebook.create(name, description, parentId);
                Messages.addGlobalInfo("qa.themes.created.done");
            } else {
                codebook.change(editingId, editingVersion, name, description, parentId);
                Messages.addGlobalInfo("qa.themes.changed.done");
            }
            clear();
        } catch (ThemingException refused) {
            Messages.addGlobalError(refused.getMessageKey());
        } catch (NotFoundException gone) {
            Messages.addGlobalError("qa.themes.error.gone");
        }
    }

    /** Leaves the form empty, for a new theme. */
    public void clear() {
        editingId = null;
        editingVersion = 0;
        name = null;
        description = null;
        parentId = null;
        themes = null;
    }

    /** Shows what deleting the theme would touch, and asks to confirm. */
    public void askDelete(Long id) {
        try {
            deleting = codebook.impact(id);
            fate = null;
            targetId = null;
        } catch (NotFoundException gone) {
            Messages.addGlobalError("qa.themes.error.gone");
        }
    }

    /** Deletes the theme as confirmed, with the chosen fate for its tags. */
    public void confirmDelete() {
        if (deleting == null) {
            return;
        }
        try {
            CodebookService.Deletion done =
                    codebook.delete(deleting.themeId(), deleting.version(), deleting.isInUse() ? fate : null, targetId);
            if (done.tagsMoved() + done.duplicatesDropped() > 0) {
                Messages.addGlobalInfo("qa.themes.deleted.moved", done.tagsMoved(), done.duplicatesDropped());
            } else if (done.tagsDeleted() > 0) {
                Messages.addGlobalInfo("qa.themes.deleted.tags-deleted", done.tagsDeleted());
            } else {
                Messages.addGlobalInfo("qa.themes.deleted.done");
            }
            deleting = null;
            clear();
        } catch (ThemingException refused) {
            Messages.addGlobalError(refused.getMessageKey());
            if ("qa.themes.error.fate-required".equals(refused.getMessageKey())) {
                reloadImpact();
            }
        } catch (NotFoundException gone) {
            Messages.addGlobalError("qa.themes.error.gone");
            deleting = null;
            themes = null;
        }
    }

    private void reloadImpact() {
        try {
            deleting = codebook.impact(deleting.themeId());
        } catch (NotFoundException gone) {
            deleting = null;
        }
    }

    public void cancelDelete() {
        deleting = null;
        fate = null;
        targetId = null;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public CodebookService.Impact getDeleting() {
        return deleting;
    }

    public TagFate[] getFates() {
        return TagFate.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public TagFate getFate() {
        return fate;
    }

    public void setFate(TagFate fate) {
        this.fate = fate;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }
}
