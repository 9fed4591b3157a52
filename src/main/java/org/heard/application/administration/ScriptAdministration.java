package org.heard.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptContent;
import org.heard.domain.model.script.ScriptDraft;
import org.heard.domain.model.script.ScriptProblem;
import org.heard.domain.model.script.ScriptProblemsException;
import org.heard.domain.model.script.ScriptRepository;
import org.heard.domain.shared.InterviewRuleException;

/**
 * An organisation's interview scripts: every version it may use (the shared ones
 * and its own), each exported as a {@link ScriptDocument document}; drafts of new
 * versions, started as a copy of a version or imported from a document, edited,
 * and published as the next version, which interviews set up from then on use.
 * A published version never changes. Every change and export is audited.
 */
@ApplicationScoped
@Transactional
public class ScriptAdministration {

    @Inject
    private Administration administration;

    @Inject
    private ScriptRepository scripts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Every version the organisation may see, shared and its own, by code and version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Script> versions() {
        administration.admin();
        return scripts.findVisible();
    }

    /** The version in force of every script, the one new interviews use. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Script> current() {
        administration.admin();
        return scripts.findCurrentScripts();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScriptDraft> drafts() {
        administration.admin();
        return scripts.findDrafts();
    }

    /** A draft of the caller's organisation, with its content. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScriptDraft draft(long draftId) {
        administration.admin();
        return scripts.getDraft(draftId);
    }

    /** The content of a draft, ready to edit; it may be unfinished. */
    public static ScriptContent contentOf(ScriptDraft draft) {
        return ScriptDocument.readDraft(draft.getDocument());
    }

    /** The version as a document, in JSON or YAML. */
    public String export(long scriptId, ScriptDocument.Syntax syntax) {
        Caller admin = administration.admin();
        Script script = scripts.getVisible(scriptId);
        audit.record(AdministrationEvents.scriptExported(admin, script));
        return ScriptDocument.write(script, syntax);
    }

    /**
     * Starts the draft of the next version of a script as a copy of a version; if the
     * script already has a draft, returns that one instead.
     */
    public ScriptDraft startDraft(long scriptId) {
        Caller admin = administration.admin();
        Script basedOn = scripts.getVisible(scriptId);
        var existing = scripts.findDraftFor(basedOn.getCode());
        if (existing.isPresent()) {
            return existing.get();
        }
        String document = ScriptDocument.write(ScriptContent.of(basedOn), null, ScriptDocument.Syntax.JSON);
        ScriptDraft draft = scripts.store(new ScriptDraft(
                admin.getOrganisationId(),
                basedOn.getCode(),
                document,
                basedOn.getId(),
                admin.getStaffId(),
                clock.instant()));
        audit.record(AdministrationEvents.scriptDraftStarted(admin, draft, basedOn));
        return draft;
    }

    /**
     * Reads a script document (JSON or YAML) whole and, if it has no problem at all,
     * keeps it as a draft to review and publish. Otherwise nothing is stored and every
     * problem is reported.
     *
     * @throws ScriptProblemsException listing every problem, with its line or field
     */
    public ScriptDraft importDocument(byte[] bytes, String fileName) {
        Caller admin = administration.admin();
        ScriptContent content = ScriptDocument.read(bytes, ScriptDocument.syntaxOf(fileName, bytes));
        if (scripts.findDraftFor(content.getCode()).isPresent()) {
            throw new ScriptProblemsException(
                    ScriptProblem.at("code", "script.problem.draft-exists", content.getCode()));
        }
        Long basedOn = scripts.findCurrent(content.getCode()).map(Script::getId).orElse(null);
        ScriptDraft draft = scripts.store(new ScriptDraft(
                admin.getOrganisationId(),
                content.getCode(),
                ScriptDocument.write(content, null, ScriptDocument.Syntax.JSON),
                basedOn,
                admin.getStaffId(),
                clock.instant()));
        audit.record(AdministrationEvents.scriptImported(admin, draft));
        return draft;
    }

    /**
     * Saves a draft's content. {@code expectedVersion} is the draft version the page
     * showed; if someone saved in between, nothing is written. A draft may be saved
     * unfinished; only its code and size are checked here.
     */
    public ScriptDraft saveDraft(long draftId, ScriptContent content, long expectedVersion) {
        Caller admin = administration.admin();
        ScriptDraft draft = scripts.getDraft(draftId);
        if (draft.getVersion() != expectedVersion) {
            throw new InterviewRuleException("script.admin.error.changed");
        }
        content.setCode(draft.getCode());
        content.renumber();
        String document = ScriptDocument.write(content, null, ScriptDocument.Syntax.JSON);
        if (document.getBytes(StandardCharsets.UTF_8).length > ScriptDocument.MAX_BYTES) {
            throw new InterviewRuleException("script.admin.error.too-large");
        }
        String old = draft.getDocument();
        if (old.equals(document)) {
            return draft;
        }
        draft.edit(document, clock.instant());
        scripts.store(draft);
        audit.record(AdministrationEvents.scriptDraftSaved(admin, draft, old));
        return draft;
    }

    /**
     * Publishes a draft as the next version of its script, for the caller's organisation.
     *
     * @throws ScriptProblemsException if the draft is not complete (no questions, an empty
     *     field…); nothing is published
     */
    public Script publish(long draftId, long expectedVersion) {
        Caller admin = administration.admin();
        ScriptDraft draft = scripts.getDraft(draftId);
        if (draft.getVersion() != expectedVersion) {
            throw new InterviewRuleException("script.admin.error.changed");
        }
        ScriptContent content = contentOf(draft);
        List<ScriptProblem> problems = content.problems();
        if (!problems.isEmpty()) {
            throw new ScriptProblemsException(problems);
        }
        Instant now = clock.instant();
        Script published = scripts.store(Script.publish(
                content,
                admin.getOrganisationId(),
                scripts.highestVersion(draft.getCode()) + 1,
                draft.getCreatedAt(),
                now));
        scripts.delete(draft);
        audit.record(AdministrationEvents.scriptPublished(admin, published));
        return published;
    }

    public void discardDraft(long draftId) {
        Caller admin = administration.admin();
        scripts.findDraft(draftId).ifPresent(draft -> {
            scripts.delete(draft);
            audit.record(AdministrationEvents.scriptDraftDiscarded(admin, draft));
        });
    }
}
