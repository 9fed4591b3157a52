package org.heard.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.heard.application.administration.ScriptAdministration;
import org.heard.application.administration.ScriptDocument;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptDraft;
import org.heard.domain.model.script.ScriptProblemsException;
import org.heard.interfaces.web.MessageBundleResolver;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /admin/scripts.xhtml}: every script version the organisation may use,
 * each downloadable as JSON or YAML and the start of a new version's draft; the
 * drafts; and loading a script document, whose problems are all listed if it is
 * refused.
 */
@Named
@RequestScoped
public class ScriptsBacking {

    @Inject
    private ScriptAdministration administration;

    private List<Script> versions;
    private List<Script> current;
    private Part document;
    private List<String> problems = List.of();

    public void download(long scriptId, String code, int version) throws IOException {
        send(scriptId, code, version, ScriptDocument.Syntax.JSON, ".json");
    }

    public void downloadYaml(long scriptId, String code, int version) throws IOException {
        send(scriptId, code, version, ScriptDocument.Syntax.YAML, ".yaml");
    }

    private void send(long scriptId, String code, int version, ScriptDocument.Syntax syntax, String extension)
            throws IOException {
        byte[] bytes = administration.export(scriptId, syntax).getBytes(StandardCharsets.UTF_8);
        Faces.sendFile(bytes, "script-" + code + "-v" + version + extension, true);
    }

    public void startDraft(long scriptId) throws IOException {
        ScriptDraft draft = administration.startDraft(scriptId);
        Faces.getFlash().setKeepMessages(true);
        administration.versions().stream()
                .filter(s -> s.getId() == scriptId)
                .findFirst()
                .ifPresent(s -> Messages.addGlobalInfo("script.admin.draft-started", s.getVersion()));
        Faces.redirect("admin/script-draft.xhtml?id=%s", draft.getId().toString());
    }

    /** Loads the chosen document as a draft, or lists every problem and loads nothing. */
    public void importDocument() throws IOException {
        if (document == null
                || document.getSubmittedFileName() == null
                || document.getSubmittedFileName().isBlank()) {
            problems = List.of(MessageBundleResolver.format("script.admin.import.choose"));
            Faces.validationFailed();
            return;
        }
        try {
            ScriptDocument.checkSize(document.getSize());
            byte[] bytes;
            try (InputStream in = document.getInputStream()) {
                bytes = in.readAllBytes();
            }
            ScriptDraft draft = administration.importDocument(bytes, document.getSubmittedFileName());
            Faces.getFlash().setKeepMessages(true);
            Messages.addGlobalInfo("script.admin.imported", draft.getCode());
            Faces.redirect("admin/script-draft.xhtml?id=%s", draft.getId().toString());
        } catch (ScriptProblemsException refused) {
            problems = ScriptProblemText.describe(refused.getProblems());
            Faces.validationFailed();
        }
    }

    public List<Script> getVersions() {
        if (versions == null) {
            versions = administration.versions();
        }
        return versions;
    }

    /** Whether new interviews use this version. */
    public boolean inForce(Script script) {
        if (current == null) {
            current = administration.current();
        }
        return current.stream().anyMatch(s -> s.getId().equals(script.getId()));
    }

    public List<ScriptDraft> getDrafts() {
        return administration.drafts();
    }

    /** The problems of the document just refused, as sentences. */
    public List<String> getProblems() {
        return problems;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
