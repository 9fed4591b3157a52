package org.heard.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.heard.application.administration.GlossaryAdministration;
import org.heard.domain.model.glossary.GlossaryDefinition;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /admin/glossary.xhtml}: the organisation's terms with the
 * definitions in force, a new version of one term's definition
 * ({@code ?term=id}) with that term's versions, and a new term. What was typed
 * stays in the form when it is refused.
 */
@Named
@ViewScoped
public class GlossaryTermsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GlossaryAdministration administration;

    /** The term being edited, from the {@code term} request parameter. */
    private Long termId;

    /** The term whose form is open; entities are kept only for the request. */
    private Long editingId;

    private transient GlossaryAdministration.Entry editing;
    private transient List<GlossaryDefinition> versions;
    /** The version in force when the form was filled in; a newer one makes publishing refuse. */
    private int shownVersion;

    private String definition;
    private String variants;

    private String newTerm;
    private String newDefinition;
    private String newVariants;

    private transient List<GlossaryAdministration.Entry> terms;

    /** On GET: opens the term named in the address for editing, if any. */
    public void open() {
        if (termId == null || Faces.isPostback()) {
            return;
        }
        try {
            load(termId);
        } catch (NotFoundException gone) {
            termId = null;
            Messages.addGlobalError("admin.glossary.not-found");
        }
    }

    private void load(long id) {
        editingId = id;
        editing = administration.term(id);
        versions = administration.versions(id);
        shownVersion = editing.getDefinition().getVersion();
        definition = editing.getDefinition().getText();
        variants = String.join("\n", editing.getDefinition().getVariants());
    }

    public void publish() {
        if (editingId == null) {
            return;
        }
        try {
            GlossaryAdministration.Entry published =
                    administration.publish(editingId, shownVersion, definition, lines(variants));
            load(published.getTerm().getId());
            terms = null;
            Messages.addGlobalInfo(
                    "admin.glossary.published",
                    published.getDefinition().getVersion(),
                    published.getTerm().getTerm());
        } catch (InterviewRuleException rule) {
            RefusalMessages.error(rule, "editForm");
        } catch (NotFoundException gone) {
            Messages.addGlobalError("admin.glossary.not-found");
            Faces.validationFailed();
        }
    }

    public void add() {
        try {
            GlossaryAdministration.Entry added = administration.addTerm(newTerm, newDefinition, lines(newVariants));
            newTerm = null;
            newDefinition = null;
            newVariants = null;
            terms = null;
            Messages.addGlobalInfo("admin.glossary.added", added.getTerm().getTerm());
        } catch (InterviewRuleException rule) {
            RefusalMessages.error(rule, "addForm");
        }
    }

    /** One variant per line; blank lines are left out by the service. */
    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public List<GlossaryAdministration.Entry> getTerms() {
        if (terms == null) {
            terms = administration.terms();
        }
        return terms;
    }

    /** The term whose form is open, with the definition in force now; null when none is. */
    public GlossaryAdministration.Entry getEditing() {
        if (editing == null && editingId != null) {
            editing = administration.term(editingId);
        }
        return editing;
    }

    public List<GlossaryDefinition> getVersions() {
        if (versions == null && editingId != null) {
            versions = administration.versions(editingId);
        }
        return versions;
    }

    public int getShownVersion() {
        return shownVersion;
    }

    public Long getTermId() {
        return termId;
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getVariants() {
        return variants;
    }

    public void setVariants(String variants) {
        this.variants = variants;
    }

    public String getNewTerm() {
        return newTerm;
    }

    public void setNewTerm(String newTerm) {
        this.newTerm = newTerm;
    }

    public String getNewDefinition() {
        return newDefinition;
    }

    public void setNewDefinition(String newDefinition) {
        this.newDefinition = newDefinition;
    }

    public String getNewVariants() {
        return newVariants;
    }

    public void setNewVariants(String newVariants) {
        this.newVariants = newVariants;
    }
}
