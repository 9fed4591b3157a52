package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.heard.application.account.AccountService;
import org.heard.application.administration.AdministrationService;
import org.heard.application.administration.RetentionService;
import org.heard.application.administration.ScriptAdministration;
import org.heard.application.administration.StatementAdministration;
import org.heard.application.administration.StatementComparison;
import org.heard.application.administration.SupportAdministration;
import org.heard.application.audit.AuditTrail;
import org.heard.application.interview.ConsentService;
import org.heard.application.interview.InterviewClosing;
import org.heard.application.interview.InterviewSetup;
import org.heard.application.shared.Caller;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.RetentionAction;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.model.support.SupportOption;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.heard.infrastructure.security.StaffIdentityStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Administrators manage their organisation's teams and staff inside Payara,
 * against MariaDB: validation of every field, temporary passwords that must be
 * changed, the password policy, disabling and resetting, organisation
 * isolation, and an audit event for every change with names sealed by digest only.
 */
class AdministrationIT extends InContainerTest {

    private static TestData.Org north;
    private static TestData.Org south;
    private static Caller northAdmin;
    private static Caller northInterviewer;
    private static long southStaffId;

    @Inject
    private AdministrationService administration;

    @Inject
    private AccountService accounts;

    @Inject
    private StaffIdentityStore identityStore;

    @Inject
    private AuditTrail audit;

    @Inject
    private StatementAdministration statementAdministration;

    @Inject
    private InterviewSetup interviews;

    @Inject
    private ConsentService consent;

    @Inject
    private InterviewClosing closing;

    @Inject
    private SupportAdministration support;

    @Inject
    private RetentionService retention;

    @Inject
    private ScriptAdministration scripts;

    @BeforeEach
    void arrange() {
        if (north == null) {
            TestData.TwoOrganisations organisations =
                    TestData.twoOrganisations("North (administration)", "South (administration)");
            north = organisations.first();
            south = organisations.second();
            TestData.Staff admin = TestData.staff(north, "Nia Admin", null, "ADMIN");
            northAdmin = caller(north, admin, EnumSet.of(Role.ADMIN));
            TestData.Staff interviewer = TestData.staff(north, "Noel Interviewer", "PRACTITIONER", "INTERVIEWER");
            northInterviewer = caller(north, interviewer, EnumSet.of(Role.INTERVIEWER));
            southStaffId =
                    TestData.staff(south, "Sol South", null, "SUPERVISOR").id();
        }
        TestCallerContext.actAs(northAdmin);
    }

    private static Caller caller(TestData.Org org, TestData.Staff staff, Set<Role> roles) {
        return TestData.caller(org, staff, roles, null);
    }

    private static String key(Runnable action) {
        return assertThrows(InterviewRuleException.class, action::run).getMessageKey();
    }

    @Test
    @DisplayName("A new account gets a temporary password that signs in once and must be changed")
    void newAccountWithTemporaryPassword() {
        String username = "new." + TestData.randomLetters(6).toLowerCase() + "@north.example";
        AdministrationService.Temporary created = administration.createStaff(
                "Nadia New", username, EnumSet.of(Role.INTERVIEWER), InterviewerKind.EXPERT_BY_EXPERIENCE);
        assertEquals(16, created.password().length());
        StaffAccount account = administration.account(created.staffId());
        assertTrue(account.isMustChangePassword());
        assertEquals(
                InterviewerKind.EXPERT_BY_EXPERIENCE,
                account.getInterviewerKind().orElseThrow());
        assertEquals(
                CredentialValidationResult.Status.VALID,
                identityStore
                        .validate(new UsernamePasswordCredential(username, new Password(created.password())))
                        .getStatus());

        Caller holder = new Caller(
                created.staffId(),
                north.id(),
                north.code(),
                north.name(),
                "Nadia New",
                EnumSet.of(Role.INTERVIEWER),
                InterviewerKind.EXPERT_BY_EXPERIENCE,
                true);
        TestCallerContext.actAs(holder);
        String temporary = created.password();
        assertEquals("password.error.current-wrong", key(() -> accounts.changePassword("wrong", "x", "x")));
        assertEquals(
                "password.error.common", key(() -> accounts.changePassword(temporary, "password1234", "password1234")));
        assertEquals(
                "password.error.personal",
                key(() -> accounts.changePassword(temporary, "Nadia-tram-orchid-47", "Nadia-tram-orchid-47")));
        assertEquals(
                "password.error.mismatch",
                key(() -> accounts.changePassword(temporary, "Violet-tram-Orchid-47", "Violet-tram-Orchid-48")));
        accounts.changePassword(temporary, "Violet-tram-Orchid-47", "Violet-tram-Orchid-47");
        TestCallerContext.actAs(northAdmin);
        assertFalse(administration.account(created.staffId()).isMustChangePassword());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential(username, new Password(temporary)))
                        .getStatus(),
                "the temporary password no longer works");
    }

    @Test
    @DisplayName("Every field of a new account is checked, with a specific message")
    void badInput() {
        String taken = TestData.staff(north, "Taken", null, "SUPERVISOR").username();
        Set<Role> supervisor = EnumSet.of(Role.SUPERVISOR);
        assertEquals(
                "admin.staff.error.name-required",
                key(() -> administration.createStaff(" ", "ok.name", supervisor, null)));
        assertEquals(
                "admin.staff.error.name-too-long",
                key(() -> administration.createStaff("x".repeat(201), "ok.name", supervisor, null)));
        assertEquals(
                "admin.staff.error.username-invalid",
                key(() -> administration.createStaff("Name", "' OR '1'='1", supervisor, null)));
        assertEquals(
                "admin.staff.error.username-invalid",
                key(() -> administration.createStaff("Name", "ab", supervisor, null)));
        assertEquals(
                "admin.staff.error.username-taken",
                key(() -> administration.createStaff("Name", taken.toUpperCase(), supervisor, null)));
        assertEquals(
                "admin.staff.error.roles-required",
                key(() -> administration.createStaff("Name", "free.name", Set.of(), null)));
        assertEquals(
                "admin.staff.error.kind-required",
                key(() -> administration.createStaff("Name", "free.name", EnumSet.of(Role.INTERVIEWER), null)));
        assertEquals("admin.team.error.name-required", key(() -> administration.createTeam("  ")));
        String team = "Team " + TestData.randomLetters(5);
        administration.createTeam(team);
        assertEquals("admin.team.error.duplicate", key(() -> administration.createTeam(team.toLowerCase())));
    }

    @Test
    @DisplayName(
            "Disabling stops sign-in; resetting gives a new temporary password; an admin cannot disable themselves")
    void disableEnableReset() {
        TestData.Staff person = TestData.staff(north, "Dee Disabled", "PRACTITIONER", "INTERVIEWER");
        assertTrue(administration.disable(person.id()));
        assertFalse(administration.disable(person.id()), "disabling twice changes nothing");
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential(person.username(), new Password(person.password())))
                        .getStatus());
        assertTrue(administration.enable(person.id()));
        AdministrationService.Temporary reset = administration.resetPassword(person.id());
        assertTrue(administration.account(person.id()).isMustChangePassword());
        assertEquals(
                CredentialValidationResult.Status.VALID,
                identityStore
                        .validate(new UsernamePasswordCredential(person.username(), new Password(reset.password())))
                        .getStatus());
        assertEquals("admin.staff.error.self", key(() -> administration.disable(northAdmin.getStaffId())));
    }

    @Test
    @DisplayName("Another organisation's accounts are not found; non-administrators are refused")
    void isolation() {
        assertThrows(NotFoundException.class, () -> administration.account(southStaffId));
        assertThrows(NotFoundException.class, () -> administration.disable(southStaffId));
        assertThrows(NotFoundException.class, () -> administration.resetPassword(southStaffId));
        TestCallerContext.actAs(northInterviewer);
        assertThrows(NotFoundException.class, () -> administration.createTeam("Sneaky"));
        assertThrows(
                NotFoundException.class,
                () -> administration.createStaff("Sneaky", "sneaky.one", EnumSet.of(Role.ADMIN), null));
    }

    @Test
    @DisplayName("Every administrative change is audited, and names only by digest")
    void audited() throws Exception {
        String name = "Audra Audited " + TestData.randomLetters(5);
        String username = "audra." + TestData.randomLetters(6).toLowerCase();
        AdministrationService.Temporary created =
                administration.createStaff(name, username, EnumSet.of(Role.SUPERVISOR), null);
        administration.disable(created.staffId());
        administration.enable(created.staffId());
        administration.resetPassword(created.staffId());
        administration.createTeam("Audited team " + TestData.randomLetters(4));
        List<String> actions = new ArrayList<>();
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement(
                        "SELECT DISTINCT action FROM audit_event WHERE chain_id = ? AND actor_id = ?")) {
            query.setLong(1, north.id());
            query.setLong(2, northAdmin.getStaffId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
            for (String expected :
                    List.of("STAFF_CREATED", "STAFF_DISABLED", "STAFF_ENABLED", "PASSWORD_RESET", "TEAM_CREATED")) {
                assertTrue(actions.contains(expected), expected + " in " + actions);
            }
            for (String secret : List.of(name, username, created.password())) {
                try (PreparedStatement scan =
                        db.prepareStatement("SELECT COUNT(*) FROM audit_value WHERE value LIKE ?")) {
                    scan.setString(1, "%" + secret + "%");
                    try (ResultSet row = scan.executeQuery()) {
                        row.next();
                        assertEquals(0, row.getInt(1), "not readable in the audit trail: " + secret);
                    }
                }
            }
        }
        assertTrue(audit.verify(north.id()).isIntact());
    }

    @Test
    @DisplayName("Statement versions: draft, publish, immutable once published, used by interviews started afterwards")
    void statementVersions() throws Exception {
        TestData.Org east = TestData.organisation("East (statements)");
        Caller admin = caller(east, TestData.staff(east, "Eli Admin", null, "ADMIN"), EnumSet.of(Role.ADMIN));
        TestData.Staff interviewerAccount = TestData.staff(east, "Ivy Interviewer", "PRACTITIONER", "INTERVIEWER");
        Caller interviewer = new Caller(
                interviewerAccount.id(),
                east.id(),
                east.code(),
                east.name(),
                interviewerAccount.displayName(),
                EnumSet.of(Role.INTERVIEWER),
                InterviewerKind.PRACTITIONER);
        TestCallerContext.actAs(interviewer);
        Interview before = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, null);
        ConfidentialityStatement defaultStatement = consent.statementFor(before);

        TestCallerContext.actAs(admin);
        var draft = statementAdministration.startDraft();
        assertEquals(defaultStatement.getText(), draft.getText(), "a draft starts as a copy of the version in force");
        long version = draft.getVersion();
        assertEquals(
                "statement.admin.error.empty",
                key(() -> statementAdministration.publish(
                        statementAdministration.saveDraft("   ", version).getVersion())));
        long saved = statementAdministration
                .saveDraft(defaultStatement.getText() + "\nEast Sussex adds: we keep notes for 2 years.", version + 1)
                .getVersion();
        assertEquals("statement.admin.error.changed", key(() -> statementAdministration.saveDraft("stale", version)));
        ConfidentialityStatement published = statementAdministration.publish(saved);
        assertEquals(defaultStatement.getVersion() + 1, published.getVersion());
        assertTrue(published.isIntact());
        assertTrue(statementAdministration.draft().isEmpty(), "publishing removes the draft");

        StatementComparison comparison = statementAdministration.compare(defaultStatement.getId(), published.getId());
        assertTrue(comparison.getRows().stream()
                .anyMatch(r -> r.change() == StatementComparison.Change.ADDED
                        && r.right().contains("we keep notes for 2 years")));

        TestCallerContext.actAs(interviewer);
        assertEquals(defaultStatement.getId(), consent.statementFor(before).getId(), "started before: old version");
        Interview after = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, null);
        assertEquals(published.getId(), consent.statementFor(after).getId(), "started after: the new version");

        // Published versions cannot be changed, not even by a direct UPDATE with Heard's account.
        try (Connection app = TestData.connection();
                java.sql.Statement sql = app.createStatement()) {
            java.sql.SQLException refused = assertThrows(
                    java.sql.SQLException.class,
                    () -> sql.executeUpdate(
                            "UPDATE confidentiality_statement SET text = 'changed' WHERE id = " + published.getId()));
            assertTrue(
                    refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("denied"), refused.getMessage());
        }

        TestCallerContext.actAs(northAdmin);
        assertThrows(
                NotFoundException.class, () -> statementAdministration.compare(published.getId(), published.getId()));
    }

    @Test
    @DisplayName(
            "Support options: own list from the defaults, added, stopped, reordered; interviews read the active ones in order")
    void supportOptions() {
        TestData.Org west = TestData.organisation("West (support)");
        Caller admin = caller(west, TestData.staff(west, "Wyn Admin", null, "ADMIN"), EnumSet.of(Role.ADMIN));
        TestData.Staff account = TestData.staff(west, "Wil Interviewer", "PRACTITIONER", "INTERVIEWER");
        Caller interviewer = new Caller(
                account.id(),
                west.id(),
                west.code(),
                west.name(),
                account.displayName(),
                EnumSet.of(Role.INTERVIEWER),
                InterviewerKind.PRACTITIONER);
        TestCallerContext.actAs(admin);
        int defaults = support.defaults().size();
        assertTrue(support.own().isEmpty(), "the defaults until the organisation makes its own list");
        assertEquals("support.admin.error.name-required", key(() -> support.add(" ", "d", "c")));
        assertEquals("support.admin.error.contact-too-long", key(() -> support.add("n", "d", "c".repeat(501))));
        SupportOption added = support.add("Family Hub West", "Drop-in help for parents", "01234 567890");
        List<SupportOption> own = support.own();
        assertEquals(defaults + 1, own.size(), "the defaults were copied, then the new option added at the end");
        SupportOption first = own.get(0);
        support.setActive(first.getId(), false);
        support.move(added.getId(), -1);

        TestCallerContext.actAs(interviewer);
        Interview interview = interviews.start(InterviewMode.IN_PERSON, Respondent.CARER, null);
        List<SupportOption> offered = closing.supportOptions(interview);
        assertEquals(defaults, offered.size(), "the stopped option is not offered");
        assertTrue(offered.stream().noneMatch(o -> o.getId().equals(first.getId())));
        assertEquals("Family Hub West", offered.get(offered.size() - 2).getName(), "moved up one place");

        TestCallerContext.actAs(northAdmin);
        assertThrows(NotFoundException.class, () -> support.setActive(added.getId(), false));
    }

    @Test
    @DisplayName(
            "Retention with a controlled clock: what expired is erased or anonymised, nothing else; tombstones remain")
    void retention() throws Exception {
        TestData.Org org = TestData.organisation("Retention (administration)");
        Caller admin = caller(org, TestData.staff(org, "Rae Admin", null, "ADMIN"), EnumSet.of(Role.ADMIN));
        TestData.Staff interviewer = TestData.staff(org, "Rex Interviewer", "PRACTITIONER", "INTERVIEWER");
        String unique = TestData.randomLetters(8);
        TestData.Interview old = TestData.interview(org, interviewer)
                .named("Olga Old" + unique, "Walt Worker" + unique)
                .words("old words " + unique)
                .submit();
        TestData.Interview young = TestData.interview(org, interviewer)
                .named("Yara Young" + unique, "Walt Worker" + unique)
                .words("young words " + unique)
                .submit();
        // The old interview ended 13 months ago; the young one 11 months ago.
        try (Connection db = TestData.admin();
                PreparedStatement ended = db.prepareStatement(
                        "UPDATE interview SET ended_at = UTC_TIMESTAMP(6) - INTERVAL ? MONTH WHERE id = ?")) {
            ended.setInt(1, 13);
            ended.setLong(2, old.id());
            ended.executeUpdate();
            ended.setInt(1, 11);
            ended.setLong(2, young.id());
            ended.executeUpdate();
        }
        TestCallerContext.actAs(admin);
        assertEquals("retention.error.months", key(() -> retention.saveSettings(0, RetentionAction.ERASE)));
        assertEquals("retention.error.action", key(() -> retention.saveSettings(12, null)));
        assertTrue(retention.preview(10).isEmpty(), "no policy: nothing expires");
        retention.saveSettings(12, RetentionAction.ERASE);
        assertEquals(
                List.of(old.id()),
                retention.preview(10).stream().map(p -> p.interview().getId()).toList());
        assertEquals(
                List.of(RetentionAction.ERASE),
                retention.preview(10).stream()
                        .map(RetentionService.Planned::action)
                        .toList(),
                "each row says what the run would do");

        retention.applyAll(java.time.Instant.now());
        assertEquals(0, count("SELECT COUNT(*) FROM answer WHERE interview_id = ?", old.id()), "expired: erased");
        assertEquals(2, count("SELECT COUNT(*) FROM answer WHERE interview_id = ?", young.id()), "not expired: kept");
        assertEquals(1, count("SELECT COUNT(*) FROM consent_record WHERE interview_id = ?", old.id()), "tombstone");
        assertEquals(0, count("SELECT COUNT(*) FROM interview WHERE id = ? AND respondent_name IS NOT NULL", old.id()));
        assertEquals(
                1, count("SELECT COUNT(*) FROM interview WHERE id = ? AND respondent_name IS NOT NULL", young.id()));
        assertTrue(retention.preview(10).isEmpty());

        // A controlled clock two months on: the young interview expires too, anonymised this time.
        retention.saveSettings(12, RetentionAction.ANONYMISE);
        retention.applyAll(java.time.Instant.now().plus(java.time.Duration.ofDays(62)));
        assertEquals(
                2,
                count("SELECT COUNT(*) FROM answer WHERE interview_id = ? AND note IS NULL", young.id()),
                "anonymised: answers kept, notes erased");
        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM interview WHERE id = ? AND (respondent_name IS NOT NULL"
                                + " OR social_worker_name IS NOT NULL)",
                        young.id()));
        assertEquals(
                0,
                count(
                        "SELECT COUNT(*) FROM audit_value v JOIN audit_event e ON e.id = v.event_id"
                                + " WHERE e.interview_id IN (?, ?) AND v.redacted = FALSE AND e.action <> 'RETENTION_APPLIED'",
                        old.id(),
                        young.id()));
        assertTrue(audit.verify(org.id()).isIntact());
    }

    private static long count(String sql, Object... values) throws java.sql.SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Test
    @DisplayName("A script version exports as a JSON document with every question, prompt, rating statement and label")
    void scriptExport() throws Exception {
        var seeded = scripts.versions().stream()
                .filter(s -> s.getCode().equals("parents-carers"))
                .findFirst()
                .orElseThrow();
        String json = scripts.export(seeded.getId(), org.heard.application.administration.ScriptDocument.Syntax.JSON);
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            jakarta.json.JsonObject document = reader.readObject();
            assertEquals("heard-script/1", document.getString("format"));
            assertEquals("parents-carers", document.getString("code"));
            assertEquals(5, document.getJsonArray("scale").size());
            var questions = document.getJsonArray("questions");
            assertEquals(7, questions.size());
            for (int i = 0; i < questions.size(); i++) {
                assertEquals(i + 1, questions.getJsonObject(i).getInt("number"));
                assertFalse(questions.getJsonObject(i).getString("readAloud").isBlank());
            }
            assertEquals(
                    5,
                    questions.getJsonObject(1).getJsonArray("ratingStatements").size());
        }
        java.nio.file.Path out =
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "heard-script-parents-carers.json");
        java.nio.file.Files.writeString(out, json);
        TestCallerContext.actAs(northInterviewer);
        assertThrows(
                NotFoundException.class,
                () -> scripts.export(seeded.getId(), org.heard.application.administration.ScriptDocument.Syntax.JSON));
    }
}
