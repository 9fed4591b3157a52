package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heard.application.administration.ScriptAdministration;
import org.heard.application.administration.ScriptDocument;
import org.heard.application.interview.InterviewSetup;
import org.heard.application.shared.Caller;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.script.QuestionContent;
import org.heard.domain.model.script.QuestionKind;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptContent;
import org.heard.domain.model.script.ScriptDraft;
import org.heard.domain.model.script.ScriptProblemsException;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Script versions inside Payara, against MariaDB: a draft copied from the version in
 * force, edited and published as the organisation's own next version, which new
 * interviews use while earlier interviews keep theirs; a new script loaded from a
 * document, all or nothing; published versions that neither the service nor the
 * database lets change; and each organisation's versions and drafts kept to itself.
 */
class ScriptAdministrationIT extends InContainerTest {

    private static TestData.Org north;
    private static TestData.Org south;
    private static Caller northAdmin;
    private static Caller northInterviewer;
    private static Caller southAdmin;
    private static Caller southInterviewer;

    @Inject
    private ScriptAdministration scripts;

    @Inject
    private InterviewSetup interviews;

    @BeforeEach
    void arrange() {
        if (north == null) {
            TestData.TwoOrganisations organisations = TestData.twoOrganisations("North (scripts)", "South (scripts)");
            north = organisations.first();
            south = organisations.second();
            northAdmin = TestData.staffCaller(north, "Nora Admin", Role.ADMIN);
            northInterviewer = TestData.interviewerCaller(north, "Ned Interviewer", InterviewerKind.PRACTITIONER);
            southAdmin = TestData.staffCaller(south, "Sam Admin", Role.ADMIN);
            southInterviewer = TestData.interviewerCaller(south, "Sue Interviewer", InterviewerKind.PRACTITIONER);
        }
        TestCallerContext.actAs(northAdmin);
    }

    private Script shared() {
        return scripts.versions().stream()
                .filter(s -> s.isShared() && s.getCode().equals(Script.DEFAULT_CODE))
                .findFirst()
                .orElseThrow();
    }

    private Interview startAs(Caller interviewer, Long scriptId) {
        TestCallerContext.actAs(interviewer);
        try {
            return interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, null, scriptId);
        } finally {
            TestCallerContext.actAs(northAdmin);
        }
    }

    private static String document(String code, String title, int questions) {
        StringBuilder items = new StringBuilder();
        for (int n = 1; n <= questions; n++) {
            items.append(n > 1 ? "," : "")
                    .append(
                            "{\"number\": %d, \"kind\": \"FREE_TEXT\", \"title\": \"About %d\", \"readAloud\": \"Tell me about %d.\"}"
                                    .formatted(n, n, n));
        }
        return """
                {"format": "heard-script/1", "code": "%s", "version": 1, "title": "%s", "introduction": "Hello.",
                 "scale": [{"value": 1, "label": "No"}, {"value": 2, "label": "Not really"}, {"value": 3, "label": "Unsure"},
                           {"value": 4, "label": "Mostly"}, {"value": 5, "label": "Yes"}],
                 "questions": [%s]}
                """
                .formatted(code, title, items);
    }

    private static List<String> actions(TestData.Org org) throws SQLException {
        List<String> actions = new ArrayList<>();
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement("SELECT action FROM audit_event WHERE chain_id = ?")) {
            query.setLong(1, org.id());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }

    @Test
    @DisplayName("A new version starts as a copy of the last, is published as the organisation's own, and only new"
            + " interviews use it")
    void draftAndPublish() throws Exception {
        Script v1 = shared();
        Interview before = startAs(northInterviewer, null);
        assertEquals(v1.getId(), before.getScriptId());

        ScriptDraft draft = scripts.startDraft(v1.getId());
        assertEquals(draft.getId(), scripts.startDraft(v1.getId()).getId(), "one draft per script");
        ScriptContent content = ScriptAdministration.contentOf(draft);
        assertEquals(
                ScriptDocument.write(ScriptContent.of(v1), null, ScriptDocument.Syntax.JSON),
                ScriptDocument.write(content, null, ScriptDocument.Syntax.JSON),
                "the draft is a copy of every question, prompt, guidance, statement and label, in order");

        content.getQuestions().get(0).setTitle("Your family and the team (revised)");
        QuestionContent extra = new QuestionContent();
        extra.setKind(QuestionKind.FREE_TEXT);
        extra.setTitle("Anything else");
        extra.setReadAloud("Is there anything else you would like to tell us?");
        content.getQuestions().add(extra);
        long saved =
                scripts.saveDraft(draft.getId(), content, draft.getVersion()).getVersion();
        assertEquals(
                "script.admin.error.changed",
                assertThrows(
                                InterviewRuleException.class,
                                () -> scripts.saveDraft(draft.getId(), content, draft.getVersion()))
                        .getMessageKey(),
                "a stale page does not overwrite a newer save");

        Script v2 = scripts.publish(draft.getId(), saved);
        assertEquals(v1.getVersion() + 1, v2.getVersion());
        assertEquals(north.id(), v2.getOrganisationId());
        assertEquals(8, v2.getQuestionCount());
        assertEquals(
                "Your family and the team (revised)", v2.getQuestions().get(0).getTitle());
        assertEquals(5, v2.getQuestions().get(1).getRatingStatements().size());
        assertTrue(scripts.drafts().isEmpty(), "publishing removes the draft");

        Interview after = startAs(northInterviewer, null);
        assertEquals(v2.getId(), after.getScriptId(), "interviews set up after publishing use the new version");
        TestCallerContext.actAs(northInterviewer);
        assertEquals(v1.getId(), interviews.interview(before.getId()).getScriptId(), "earlier ones keep theirs");

        // The other organisation still uses the shared version and cannot see or copy north's.
        assertEquals(v1.getId(), startAs(southInterviewer, null).getScriptId());
        TestCallerContext.actAs(southAdmin);
        assertFalse(scripts.versions().stream().anyMatch(s -> s.getId().equals(v2.getId())));
        assertThrows(NotFoundException.class, () -> scripts.export(v2.getId(), ScriptDocument.Syntax.JSON));
        assertThrows(NotFoundException.class, () -> scripts.startDraft(v2.getId()));

        List<String> audited = actions(north);
        for (String action : List.of("SCRIPT_DRAFT_STARTED", "SCRIPT_DRAFT_SAVED", "SCRIPT_PUBLISHED")) {
            assertTrue(audited.contains(action), action + " in " + audited);
        }
    }

    @Test
    @DisplayName("A draft with no questions, or an empty field, is not published, and stays as it was typed")
    void publishRefusesIncompleteDraft() {
        TestCallerContext.actAs(southAdmin);
        int versions = scripts.versions().size();
        ScriptDraft draft = scripts.startDraft(shared().getId());
        ScriptContent content = ScriptAdministration.contentOf(draft);
        content.getQuestions().clear();
        long saved =
                scripts.saveDraft(draft.getId(), content, draft.getVersion()).getVersion();
        ScriptProblemsException refused =
                assertThrows(ScriptProblemsException.class, () -> scripts.publish(draft.getId(), saved));
        assertTrue(refused.getProblems().stream().anyMatch(p -> p.key().equals("script.problem.no-questions")));
        assertEquals(versions, scripts.versions().size(), "nothing published");

        ScriptContent kept = ScriptAdministration.contentOf(scripts.draft(draft.getId()));
        assertTrue(kept.getQuestions().isEmpty(), "the draft keeps what was saved");
        QuestionContent blank = new QuestionContent();
        blank.setTitle("Only a title");
        kept.getQuestions().add(blank);
        long again = scripts.saveDraft(draft.getId(), kept, saved).getVersion();
        ScriptProblemsException empty =
                assertThrows(ScriptProblemsException.class, () -> scripts.publish(draft.getId(), again));
        assertTrue(empty.getProblems().stream().anyMatch(p -> "questions[0].readAloud".equals(p.path())));
        scripts.discardDraft(draft.getId());
        assertTrue(scripts.drafts().isEmpty());
    }

    @Test
    @DisplayName("A new script is loaded from a document, published, and offered to interviewers beside the first")
    void importNewScript() throws Exception {
        String code = "children-" + TestData.randomLetters(5).toLowerCase(Locale.ROOT);
        int drafts = scripts.drafts().size();

        // Refused documents store nothing.
        for (String bad : List.of("{\"format\": \"heard-script/1\", \"code\": ", document(code, "No questions", 0))) {
            assertThrows(
                    ScriptProblemsException.class,
                    () -> scripts.importDocument(bad.getBytes(StandardCharsets.UTF_8), "bad.json"));
        }
        assertEquals(drafts, scripts.drafts().size(), "no partial import");

        // A numbering gap is pointed at the entry, with the number the author wrote.
        String gap = document(code, "With a gap", 3).replace("\"number\": 3", "\"number\": 4");
        ScriptProblemsException gapRefused = assertThrows(
                ScriptProblemsException.class,
                () -> scripts.importDocument(gap.getBytes(StandardCharsets.UTF_8), "gap.json"));
        assertEquals("questions[2].number", gapRefused.getProblems().get(0).path());
        assertEquals(
                "script.problem.number-gap", gapRefused.getProblems().get(0).key());
        assertEquals(List.of(4, 3), gapRefused.getProblems().get(0).args());
        // A YAML mistake in plain words, with its line and column.
        ScriptProblemsException yamlRefused = assertThrows(
                ScriptProblemsException.class,
                () -> scripts.importDocument(
                        "format: heard-script/1\ncode: x\n\ttitle: y\n".getBytes(StandardCharsets.UTF_8), "tab.yaml"));
        assertEquals("script.problem.yaml.tab", yamlRefused.getProblems().get(0).key());
        assertEquals(3, yamlRefused.getProblems().get(0).line());
        assertTrue(yamlRefused.getProblems().get(0).column() >= 1);
        assertEquals(drafts, scripts.drafts().size(), "no partial import");

        ScriptDraft draft = scripts.importDocument(
                document(code, "Children and young people", 3).getBytes(StandardCharsets.UTF_8), "c.json");
        assertEquals(code, draft.getCode());
        ScriptProblemsException twice = assertThrows(
                ScriptProblemsException.class,
                () -> scripts.importDocument(document(code, "Again", 2).getBytes(StandardCharsets.UTF_8), "c.json"));
        assertEquals("script.problem.draft-exists", twice.getProblems().get(0).key());

        Script published = scripts.publish(draft.getId(), draft.getVersion());
        assertEquals(1, published.getVersion());
        assertEquals(3, published.getQuestionCount());

        TestCallerContext.actAs(northInterviewer);
        List<Script> offered = interviews.scripts();
        assertEquals(2, offered.size(), "the interviewer now chooses between two scripts");
        assertTrue(offered.stream().anyMatch(s -> s.getId().equals(published.getId())));
        assertEquals(
                published.getId(), startAs(northInterviewer, published.getId()).getScriptId());

        TestCallerContext.actAs(southInterviewer);
        assertEquals(1, interviews.scripts().size(), "another organisation does not get it");
        assertThrows(
                NotFoundException.class,
                () -> interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, null, published.getId()));

        // The same script written as YAML loads too (as a draft of its next version).
        TestCallerContext.actAs(northAdmin);
        String yaml = scripts.export(published.getId(), ScriptDocument.Syntax.YAML);
        ScriptDraft next = scripts.importDocument(yaml.getBytes(StandardCharsets.UTF_8), "children.yaml");
        assertEquals(published.getId(), next.getBasedOnId());
        scripts.discardDraft(next.getId());
        assertTrue(actions(north).contains("SCRIPT_IMPORTED"));
    }

    @Test
    @DisplayName(
            "Published script versions cannot be changed in the database: the application's account may only insert")
    void databaseRefusesChanges() throws Exception {
        try (Connection app = TestData.connection();
                Statement sql = app.createStatement()) {
            for (String change : List.of(
                    "UPDATE script SET title = 'x'",
                    "UPDATE script_question SET read_aloud = 'x'",
                    "UPDATE script_rating_statement SET text = 'x'",
                    "UPDATE script_scale_label SET label = 'x'",
                    "DELETE FROM script_scale_label",
                    "UPDATE glossary_definition SET text = 'x'")) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(change), change);
                assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("denied"), refused.getMessage());
            }
        }
    }
}
