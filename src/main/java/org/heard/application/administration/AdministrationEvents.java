package org.heard.application.administration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.heard.application.audit.AuditEvents;
import org.heard.application.shared.Caller;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.glossary.GlossaryDefinition;
import org.heard.domain.model.glossary.GlossaryTerm;
import org.heard.domain.model.organisation.RetentionAction;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptDraft;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.model.statement.StatementDraft;
import org.heard.domain.model.support.SupportOption;

/**
 * The audit entries of administration's use cases (teams, staff accounts, scripts,
 * statements, the glossary, support options, retention and new organisations), one factory per action: each entry is in the
 * administrator's organisation's chain, by the administrator, about one script, draft,
 * statement, glossary term or definition, support option or organisation. A use case
 * reads {@code audit.record(AdministrationEvents.scriptPublished(…))}.
 */
public final class AdministrationEvents {

    private AdministrationEvents() {}

    /** A team was created, with its name. */
    public static AuditEntry teamCreated(Caller admin, Team team) {
        return AuditEvents.event(admin, AuditAction.TEAM_CREATED, "team", team.getId())
                .value("name", team.getName());
    }

    /**
     * A staff account was created by {@code actorId} (an administrator, or the platform
     * administrator for a new organisation's first one): its name and user name by digest
     * only, its roles and its kind of interviewer.
     */
    public static List<AuditEntry> staffCreated(long organisationId, long actorId, StaffAccount account) {
        return List.of(
                staff(organisationId, actorId, account)
                        .value("display-name", account.getDisplayName())
                        .digestOnly(),
                staff(organisationId, actorId, account)
                        .value("username", account.getUsername())
                        .digestOnly(),
                staff(organisationId, actorId, account)
                        .value(
                                "roles",
                                account.getRoles().stream()
                                        .map(Role::name)
                                        .sorted()
                                        .collect(Collectors.joining(","))),
                staff(organisationId, actorId, account)
                        .value(
                                "interviewer-kind",
                                account.getInterviewerKind().map(Enum::name).orElse(null)));
    }

    /** A staff account was disabled, or enabled again. */
    public static AuditEntry staffEnabled(Caller admin, long staffId, boolean enabled) {
        return AuditEvents.event(
                        admin,
                        enabled ? AuditAction.STAFF_ENABLED : AuditAction.STAFF_DISABLED,
                        "staff-account",
                        staffId)
                .change("enabled", String.valueOf(!enabled), String.valueOf(enabled));
    }

    /** A staff account was given a new temporary password. */
    public static AuditEntry passwordReset(Caller admin, long staffId) {
        return AuditEvents.event(admin, AuditAction.PASSWORD_RESET, "staff-account", staffId);
    }

    /** A script was exported as a document. */
    public static AuditEntry scriptExported(Caller admin, Script script) {
        return AuditEvents.event(admin, AuditAction.SCRIPT_EXPORTED, "script", script.getId())
                .value("script", script.getCode() + " v" + script.getVersion());
    }

    /** A script draft was started from a published version. */
    public static AuditEntry scriptDraftStarted(Caller admin, ScriptDraft draft, Script basedOn) {
        return scriptDraft(admin, AuditAction.SCRIPT_DRAFT_STARTED, draft)
                .value("based-on", basedOn.getCode() + " v" + basedOn.getVersion());
    }

    /** A script draft was made from an imported document: the document as imported. */
    public static AuditEntry scriptImported(Caller admin, ScriptDraft draft) {
        return scriptDraft(admin, AuditAction.SCRIPT_IMPORTED, draft).value("document", draft.getDocument());
    }

    /** A script draft was saved: its document before and after. */
    public static AuditEntry scriptDraftSaved(Caller admin, ScriptDraft draft, String documentBefore) {
        return scriptDraft(admin, AuditAction.SCRIPT_DRAFT_SAVED, draft)
                .change("document", documentBefore, draft.getDocument());
    }

    /** A script version was published: the document it was published as. */
    public static AuditEntry scriptPublished(Caller admin, Script published) {
        return AuditEvents.event(admin, AuditAction.SCRIPT_PUBLISHED, "script", published.getId())
                .value("document", ScriptDocument.write(published, ScriptDocument.Syntax.JSON));
    }

    /** A script draft was discarded. */
    public static AuditEntry scriptDraftDiscarded(Caller admin, ScriptDraft draft) {
        return scriptDraft(admin, AuditAction.SCRIPT_DRAFT_DISCARDED, draft).value("code", draft.getCode());
    }

    /** A statement draft was started, from the version in force if there is one. */
    public static AuditEntry statementDraftStarted(
            Caller admin, StatementDraft draft, ConfidentialityStatement basedOn) {
        return statementDraft(admin, AuditAction.STATEMENT_DRAFT_STARTED, draft)
                .value("based-on", basedOn == null ? null : "v" + basedOn.getVersion());
    }

    /** A statement draft was saved: its text before and after. */
    public static AuditEntry statementDraftSaved(Caller admin, StatementDraft draft, String textBefore) {
        return statementDraft(admin, AuditAction.STATEMENT_DRAFT_SAVED, draft)
                .change("text", textBefore, draft.getText());
    }

    /** A statement version was published: its version and the digest of its words. */
    public static List<AuditEntry> statementPublished(Caller admin, ConfidentialityStatement published) {
        return List.of(
                statement(admin, published).value("version", String.valueOf(published.getVersion())),
                statement(admin, published).value("sha256", published.getSha256()));
    }

    /** A statement draft was discarded. */
    public static AuditEntry statementDraftDiscarded(Caller admin, StatementDraft draft) {
        return statementDraft(admin, AuditAction.STATEMENT_DRAFT_DISCARDED, draft);
    }

    /** A glossary term was added with its first definition: the term, version 1, its text and variants. */
    public static List<AuditEntry> glossaryTermAdded(Caller admin, GlossaryTerm term, GlossaryDefinition first) {
        return List.of(
                AuditEvents.event(admin, AuditAction.GLOSSARY_TERM_ADDED, "glossary-term", term.getId())
                        .value("term", term.getTerm()),
                definition(admin, first).value("version", String.valueOf(first.getVersion())),
                definition(admin, first).value("text", first.getText()),
                definition(admin, first).value("variants", joined(first.getVariants())));
    }

    /** A new version of a term's definition was published: version, text and variants before and after. */
    public static List<AuditEntry> glossaryDefinitionPublished(
            Caller admin, GlossaryDefinition before, GlossaryDefinition after) {
        return List.of(
                definition(admin, after)
                        .change("version", String.valueOf(before.getVersion()), String.valueOf(after.getVersion())),
                definition(admin, after).change("text", before.getText(), after.getText()),
                definition(admin, after).change("variants", joined(before.getVariants()), joined(after.getVariants())));
    }

    /** A default support option was copied into the organisation's own list. */
    public static AuditEntry supportOptionCopied(Caller admin, SupportOption copy) {
        return supportOption(admin, AuditAction.SUPPORT_OPTION_ADDED, copy).value("name", copy.getName());
    }

    /** A support option was added: its name, description and contact. */
    public static List<AuditEntry> supportOptionAdded(Caller admin, SupportOption option) {
        return List.of(
                supportOption(admin, AuditAction.SUPPORT_OPTION_ADDED, option).value("name", option.getName()),
                supportOption(admin, AuditAction.SUPPORT_OPTION_ADDED, option)
                        .value("description", option.getDescription()),
                supportOption(admin, AuditAction.SUPPORT_OPTION_ADDED, option).value("contact", option.getContact()));
    }

    /** A support option is offered in interviews, or no longer. */
    public static AuditEntry supportOptionActive(Caller admin, SupportOption option) {
        boolean active = option.isActive();
        return supportOption(admin, AuditAction.SUPPORT_OPTION_CHANGED, option)
                .change("active", String.valueOf(!active), String.valueOf(active));
    }

    /** A support option moved in the list: its places (from 1) before and after. */
    public static AuditEntry supportOptionMoved(Caller admin, SupportOption option, int fromPlace, int toPlace) {
        return supportOption(admin, AuditAction.SUPPORT_OPTION_CHANGED, option)
                .change("position", String.valueOf(fromPlace), String.valueOf(toPlace));
    }

    /** An organisation was created: its code and name, in the new organisation's own chain. */
    public static List<AuditEntry> organisationCreated(
            Caller platformAdmin, long organisationId, String code, String name) {
        return List.of(
                organisation(platformAdmin, organisationId).value("code", code),
                organisation(platformAdmin, organisationId).value("name", name));
    }

    /** The organisation's retention policy changed: months and action, before and after, in words. */
    public static AuditEntry retentionChanged(Caller admin, String before, String after) {
        return AuditEvents.event(
                        admin, AuditAction.RETENTION_SETTINGS_CHANGED, "organisation", admin.getOrganisationId())
                .change("retention", before, after);
    }

    /**
     * The retention policy was applied to an interview, by Heard itself (no actor): what was
     * anonymised or erased, and how many audit values were redacted.
     */
    public static AuditEntry retentionApplied(
            long organisationId, long interviewId, RetentionAction action, Map<String, Integer> changed, int redacted) {
        return AuditEntry.of(AuditAction.RETENTION_APPLIED)
                .organisation(organisationId)
                .entity("interview", interviewId)
                .interview(interviewId)
                .value(
                        action.name().toLowerCase(Locale.ROOT),
                        changed.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .collect(Collectors.joining(", "))
                                + ", audit values redacted=" + redacted + ", names erased");
    }

    private static AuditEntry staff(long organisationId, long actorId, StaffAccount account) {
        return AuditEvents.event(organisationId, actorId, AuditAction.STAFF_CREATED, "staff-account", account.getId());
    }

    private static AuditEntry scriptDraft(Caller admin, AuditAction action, ScriptDraft draft) {
        return AuditEvents.event(admin, action, "script-draft", draft.getId());
    }

    private static AuditEntry statementDraft(Caller admin, AuditAction action, StatementDraft draft) {
        return AuditEvents.event(admin, action, "statement-draft", draft.getId());
    }

    private static AuditEntry statement(Caller admin, ConfidentialityStatement published) {
        return AuditEvents.event(admin, AuditAction.STATEMENT_PUBLISHED, "statement", published.getId());
    }

    private static AuditEntry definition(Caller admin, GlossaryDefinition definition) {
        return AuditEvents.event(
                admin, AuditAction.GLOSSARY_DEFINITION_PUBLISHED, "glossary-definition", definition.getId());
    }

    private static AuditEntry supportOption(Caller admin, AuditAction action, SupportOption option) {
        return AuditEvents.event(admin, action, "support-option", option.getId());
    }

    /** An event in the new organisation's own chain, by the platform administrator. */
    private static AuditEntry organisation(Caller platformAdmin, long organisationId) {
        return AuditEvents.event(
                organisationId,
                platformAdmin.getStaffId(),
                AuditAction.ORGANISATION_CREATED,
                "organisation",
                organisationId);
    }

    private static String joined(List<String> variants) {
        return String.join(GlossaryDefinition.VARIANT_SEPARATOR, variants);
    }
}
