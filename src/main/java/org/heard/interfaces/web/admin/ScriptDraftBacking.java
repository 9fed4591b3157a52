package org.heard.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import org.heard.application.administration.ScriptAdministration;
import org.heard.domain.model.script.QuestionContent;
import org.heard.domain.model.script.QuestionKind;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptContent;
import org.heard.domain.model.script.ScriptDraft;
import org.heard.domain.model.script.ScriptProblemsException;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /admin/script-draft.xhtml?id=…}: one draft of a script, edited as a
 * form (title, introduction, scale labels, the questions in order), saved, published
 * or discarded. Adding, moving and removing questions keep everything typed; nothing
 * is stored until the draft is saved. A draft of another organisation is "not found".
 */
@Named
@ViewScoped
public class ScriptDraftBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScriptAdministration administration;

    @Inject
    @Param(name = "id")
    private Long id;

    private String code;
    private Long basedOnId;
    private ScriptContent content;
    private long draftVersion;
    private List<String> problems = List.of();

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        if (content == null) {
            ScriptDraft draft = administration.draft(id);
            code = draft.getCode();
            basedOnId = draft.getBasedOnId();
            content = ScriptAdministration.contentOf(draft);
            draftVersion = draft.getVersion();
        }
    }

    public void save() {
        if (store()) {
            Messages.addGlobalInfo("script.admin.draft.saved");
        }
    }

    /** Saves what is typed, then publishes it; a draft with problems stays as typed, with every problem listed. */
    public void publish() throws IOException {
        if (!store()) {
            return;
        }
        try {
            Script published = administration.publish(id, draftVersion);
            Faces.getFlash().setKeepMessages(true);
            Messages.addGlobalInfo("script.admin.published", published.getVersion(), published.getTitle());
            Faces.redirect("admin/scripts.xhtml");
        } catch (ScriptProblemsException refused) {
            problems = ScriptProblemText.describeForEditor(refused.getProblems());
            Faces.validationFailed();
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
            Faces.validationFailed();
        } catch (NotFoundException gone) {
            Messages.addGlobalError("script.admin.error.no-draft");
        }
    }

    public void discard() throws IOException {
        administration.discardDraft(id);
        Faces.getFlash().setKeepMessages(true);
        Messages.addGlobalInfo("script.admin.draft.discarded");
        Faces.redirect("admin/scripts.xhtml");
    }

    private boolean store() {
        problems = List.of();
        try {
            draftVersion = administration.saveDraft(id, content, draftVersion).getVersion();
            return true;
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
        } catch (NotFoundException gone) {
            Messages.addGlobalError("script.admin.error.no-draft");
        }
        Faces.validationFailed();
        return false;
    }

    public void addQuestion() {
        content.getQuestions().add(new QuestionContent());
        content.renumber();
    }

    public void moveUp(int index) {
        if (index > 0 && index < content.getQuestions().size()) {
            Collections.swap(content.getQuestions(), index, index - 1);
            content.renumber();
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < content.getQuestions().size() - 1) {
            Collections.swap(content.getQuestions(), index, index + 1);
            content.renumber();
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < content.getQuestions().size()) {
            content.getQuestions().remove(index);
            content.renumber();
        }
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public String getCode() {
        return code;
    }

    public boolean isNewScript() {
        return basedOnId == null;
    }

    /** The version this draft was copied from, or null for a new script. */
    public Integer getBasedOnVersion() {
        return basedOnId == null
                ? null
                : administration.versions().stream()
                        .filter(s -> s.getId().equals(basedOnId))
                        .map(Script::getVersion)
                        .findFirst()
                        .orElse(null);
    }

    public ScriptContent getContent() {
        return content;
    }

    public List<String> getProblems() {
        return problems;
    }
}
