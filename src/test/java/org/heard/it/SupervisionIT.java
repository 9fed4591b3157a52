package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.heard.application.audit.AuditTrail;
import org.heard.application.audit.AuditVerification;
import org.heard.application.interview.InterviewService;
import org.heard.application.shared.Caller;
import org.heard.application.supervision.AuditService;
import org.heard.application.supervision.ConsentDetail;
import org.heard.application.supervision.ConsentRegisterFilter;
import org.heard.application.supervision.ConsentRegisterQuery;
import org.heard.application.supervision.ConsentRegisterRow;
import org.heard.application.supervision.ConsentRegisterService;
import org.heard.application.supervision.FeedbackItem;
import org.heard.application.supervision.FeedbackService;
import org.heard.application.supervision.HistoryEntry;
import org.heard.application.supervision.InterviewHistoryService;
import org.heard.application.supervision.RegisterOutcome;
import org.heard.application.supervision.SafeguardingService;
import org.heard.application.supervision.WithdrawalService;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditBreak;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.heard.infrastructure.security.StaffIdentityStore;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Supervisors' records inside Payara against MariaDB, with the application's
 * account holding exactly the documented grants: the audit trail (a row for
 * every kind of action, tamper evidence at exactly the changed row, redaction
 * that keeps the chain verifiable), withdrawal and erasure (a scan of every
 * table), the consent register's filters with hostile input, feedback for
 * supervision, safeguarding alerts, and organisation isolation on every query.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionIT {

    private static TestData.Org west;
    private static TestData.Org east;
    private static long westTeam;
    private static TestData.Staff westSupervisorAccount;
    private static Caller westInterviewer;
    private static Caller westSupervisor;
    private static Caller eastInterviewer;
    private static Caller eastSupervisor;

    @Inject
    private InterviewService interviews;

    @Inject
    private ConsentRegisterService register;

    @Inject
    private WithdrawalService withdrawals;

    @Inject
    private FeedbackService feedback;

    @Inject
    private InterviewHistoryService history;

    @Inject
    private SafeguardingService safeguarding;

    @Inject
    private AuditService auditService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private StaffIdentityStore identityStore;

    @Deployment
    static WebArchive deployment() {
        return Deployments.heardWithTestData();
    }

    @BeforeEach
    void arrange() {
        if (west == null) {
            west = TestData.organisation("West (supervision)");
            east = TestData.organisation("East (supervision)");
            westTeam = TestData.team(west, "Family Support");
            westInterviewer = caller(
                    west,
                    TestData.staff(west, "Wren Interviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER"),
                    EnumSet.of(Role.INTERVIEWER),
                    InterviewerKind.EXPERT_BY_EXPERIENCE);
            westSupervisorAccount = TestData.staff(west, "Winifred Supervisor", null, "SUPERVISOR");
            westSupervisor = caller(west, westSupervisorAccount, EnumSet.of(Role.SUPERVISOR), null);
            eastInterviewer = caller(
                    east,
                    TestData.staff(east, "Ezra Interviewer", "PRACTITIONER", "INTERVIEWER"),
                    EnumSet.of(Role.INTERVIEWER),
                    InterviewerKind.PRACTITIONER);
            eastSupervisor = caller(
                    east,
                    TestData.staff(east, "Esme Supervisor", null, "SUPERVISOR"),
                    EnumSet.of(Role.SUPERVISOR),
                    null);
        }
        TestCallerContext.actAs(westInterviewer);
    }

    @AfterEach
    void clear() {
        TestCallerContext.clear();
    }

    private static Caller caller(TestData.Org org, TestData.Staff staff, Set<Role> roles, InterviewerKind kind) {
        return TestData.caller(org, staff, roles, kind);
    }

    /** A submitted interview by {@code interviewer}, with the family's choice and words. */
    private Interview submitted(
            Caller interviewer, ParticipationChoice choice, String respondentName, String workerName, String words) {
        TestCallerContext.actAs(interviewer);
        Interview interview = interviews.start(
                InterviewMode.TELEPHONE, Respondent.PARENT, interviewer == westInterviewer ? westTeam : null);
        interviews.recordConsent(
                interview.getId(),
                interviews.statementFor(interview).getId(),
                true,
                true,
                choice,
                respondentName,
                workerName);
        interviews.saveAnswer(interview.getId(), 1, words, false, "Note: " + words, null);
        interviews.saveAnswer(interview.getId(), 3, "Also " + words, false, null, null);
        rate(interview, 4);
        interviews.recordSupport(interview.getId(), Map.of(), Map.of());
        interviews.submit(interview.getId());
        return interviews.interview(interview.getId());
    }

    private void rate(Interview interview, int value) {
        Question ratings = interviews.script(interview).getQuestions().stream()
                .filter(Question::isRatings)
                .findFirst()
                .orElseThrow();
        Map<Long, Integer> values = new HashMap<>();
        for (RatingStatement statement : ratings.getRatingStatements()) {
            values.put(statement.getId(), value);
        }
        interviews.saveRatings(interview.getId(), ratings.getNumber(), values);
    }

    @Test
    @DisplayName("Every kind of action writes audit rows: who, when, what, request id, sealed; names never in clear")
    void everyActionIsAudited() throws Exception {
        String unique = TestData.randomLetters(8);
        Interview interview = submitted(
                westInterviewer,
                ParticipationChoice.NAMED,
                "Rosalind Audit" + unique,
                "Walter Worker" + unique,
                "We felt listened to " + unique);
        TestCallerContext.actAs(westInterviewer);
        // A concern raised on a submitted interview is still possible from the record.
        long concernId = insertConcern(interview, LocalDateTime.now(ZoneOffset.UTC), "Seeded concern");
        Interview other = interviews.start(InterviewMode.IN_PERSON, Respondent.CARER, null);
        interviews.recordConsent(
                other.getId(),
                interviews.statementFor(other).getId(),
                true,
                true,
                ParticipationChoice.ANONYMOUS,
                null,
                null);
        interviews.raiseConcern(other.getId(), "Heard something worrying " + unique);

        assertTrue(identityStore
                .validate(new UsernamePasswordCredential(
                        westSupervisorAccount.username(), new Password(westSupervisorAccount.password())))
                .getStatus()
                .equals(CredentialValidationResult.Status.VALID));
        identityStore.validate(
                new UsernamePasswordCredential(westSupervisorAccount.username(), new Password("wrong password")));
        String stranger = "nobody-" + unique.toLowerCase(Locale.ROOT);
        identityStore.validate(new UsernamePasswordCredential(stranger, new Password("whatever")));

        TestCallerContext.actAs(westSupervisor);
        interviews.correctAnswer(interview.getId(), 1, "We felt heard " + unique, "Typo confirmed with family");
        register.detail(interview.getId());
        register.receipt(interview.getId());
        register.export(ConsentRegisterFilter.none(), row -> {});
        safeguarding.acknowledge(concernId, "Referred to the duty team");
        feedback.markDiscussed(interview.getId(), register.today());
        auditService.verifyOwnOrganisation();
        withdrawals.withdraw(
                interview.getId(), WithdrawalRequester.RESPONDENT, WithdrawalMethod.TELEPHONE, register.today());

        Set<String> actions = new HashSet<>();
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement(
                        "SELECT action, request_id, mac, occurred_at, actor_id FROM audit_event WHERE chain_id = ?")) {
            query.setLong(1, west.id());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                    assertFalse(rows.getString(2).isBlank(), "request id");
                    assertTrue(rows.getString(3).matches("[0-9a-f]{64}"), "seal");
                    assertNotNull(rows.getTimestamp(4));
                }
            }
        }
        for (AuditAction action : EnumSet.range(AuditAction.SIGN_IN_SUCCEEDED, AuditAction.AUDIT_VERIFIED)) {
            assertTrue(actions.contains(action.name()), "an audit row for " + action + " in " + actions);
        }
        try (Connection db = TestData.admin();
                PreparedStatement unknown = db.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE chain_id = 0"
                        + " AND action = 'SIGN_IN_FAILED' AND new_digest = ?")) {
            unknown.setString(1, auditTrail.digest(stranger));
            try (ResultSet row = unknown.executeQuery()) {
                row.next();
                assertEquals(1, row.getInt(1), "a failed sign-in of an unknown user joins chain 0, by digest only");
            }
        }
        // Names of people are never stored readable in the audit trail.
        for (String name : List.of(
                stranger,
                westSupervisorAccount.username(),
                westSupervisor.getDisplayName(),
                westInterviewer.getDisplayName(),
                "Rosalind Audit" + unique,
                "Walter Worker" + unique)) {
            assertEquals(List.of(), tablesContaining(name, Set.of("audit_event", "audit_value")), name);
        }
        assertTrue(auditTrail.verify(west.id()).isIntact());
        assertTrue(auditTrail.verify(0).isIntact());
    }

    @Test
    @DisplayName(
            "A row changed, a value changed, a row deleted or cut off in SQL: verification fails at exactly that row")
    void tamperEvidence() throws Exception {
        TestData.Org tamper = TestData.organisation("Tamper (supervision)");
        Caller interviewer = caller(
                tamper,
                TestData.staff(tamper, "Tia Interviewer", "PRACTITIONER", "INTERVIEWER"),
                EnumSet.of(Role.INTERVIEWER),
                InterviewerKind.PRACTITIONER);
        submitted(interviewer, ParticipationChoice.ANONYMOUS, null, null, "Words to seal");
        AuditVerification intact = auditTrail.verify(tamper.id());
        assertTrue(intact.isIntact(), intact.summary());
        long events = intact.getEventsChecked();
        assertTrue(events > 12, "events: " + events);

        long changed = eventId(tamper.id(), 5);
        admin("UPDATE audit_event SET actor_id = NULL WHERE id = ?", changed);
        AuditVerification broken = auditTrail.verify(tamper.id());
        assertEquals(AuditBreak.SEAL_MISMATCH, broken.getProblem());
        assertEquals(changed, broken.getBrokenEventId());
        assertEquals(5L, broken.getBrokenSeq());
        admin("UPDATE audit_event SET actor_id = ? WHERE id = ?", interviewer.getStaffId(), changed);
        assertTrue(auditTrail.verify(tamper.id()).isIntact(), "restoring the row restores the chain");

        long valued = firstEventWithValue(tamper.id(), 8);
        admin("UPDATE audit_value SET value = CONCAT(value, ' (altered)') WHERE event_id = ? AND slot = 'NEW'", valued);
        broken = auditTrail.verify(tamper.id());
        assertEquals(AuditBreak.VALUE_ALTERED, broken.getProblem());
        assertEquals(valued, broken.getBrokenEventId());
        admin("UPDATE audit_value SET value = REPLACE(value, ' (altered)', '') WHERE event_id = ?", valued);
        assertTrue(auditTrail.verify(tamper.id()).isIntact());

        long deleted = eventId(tamper.id(), 10);
        adminAny("DELETE FROM audit_value WHERE event_id = ?", deleted);
        admin("DELETE FROM audit_event WHERE id = ?", deleted);
        broken = auditTrail.verify(tamper.id());
        assertEquals(AuditBreak.MISSING_EVENT, broken.getProblem());
        assertEquals(10L, broken.getBrokenSeq());
        assertEquals(9, broken.getEventsChecked());

        TestData.Org cut = TestData.organisation("Cut (supervision)");
        Caller cutter = caller(
                cut,
                TestData.staff(cut, "Cy Interviewer", "PRACTITIONER", "INTERVIEWER"),
                EnumSet.of(Role.INTERVIEWER),
                InterviewerKind.PRACTITIONER);
        submitted(cutter, ParticipationChoice.ANONYMOUS, null, null, "Words to cut");
        long last = auditTrail.verify(cut.id()).getEventsChecked();
        long lastId = eventId(cut.id(), last);
        adminAny("DELETE FROM audit_value WHERE event_id = ?", lastId);
        admin("DELETE FROM audit_event WHERE id = ?", lastId);
        broken = auditTrail.verify(cut.id());
        assertEquals(AuditBreak.HEAD_MISMATCH, broken.getProblem());
        assertEquals(last, broken.getBrokenSeq());
    }

    @Test
    @DisplayName("Withdrawal: one step erases every trace of the family in every table; the chain still verifies")
    void withdrawalErasesEverything() throws Exception {
        String unique = TestData.randomLetters(10);
        String name = "Zephyrine Quill" + unique;
        String worker = "Bartholomew Nettle" + unique;
        String words = "marmalade-" + unique;
        Interview interview = submitted(westInterviewer, ParticipationChoice.NAMED, name, worker, words);
        TestCallerContext.actAs(westSupervisor);
        interviews.correctAnswer(interview.getId(), 3, "Corrected " + words, "Family asked for " + words);
        feedback.markDiscussed(interview.getId(), register.today());
        assertFalse(tablesContaining(words, Set.of()).isEmpty(), "the words are stored before withdrawal");

        WithdrawalService.Result first = withdrawals.withdraw(
                interview.getId(), WithdrawalRequester.RESPONDENT, WithdrawalMethod.EMAIL, register.today());
        assertFalse(first.alreadyWithdrawn());
        for (String trace : List.of(name, worker, words, unique)) {
            assertEquals(List.of(), tablesContaining(trace, Set.of()), trace + " must be gone from every table");
        }
        long eventsAfter = auditTrail.verify(west.id()).getEventsChecked();
        WithdrawalService.Result second = withdrawals.withdraw(
                interview.getId(), WithdrawalRequester.RESPONDENT, WithdrawalMethod.EMAIL, register.today());
        assertTrue(second.alreadyWithdrawn(), "a second withdrawal changes nothing");
        AuditVerification verification = auditTrail.verify(west.id());
        assertTrue(verification.isIntact(), verification.summary());
        assertEquals(eventsAfter, verification.getEventsChecked(), "no event written by the second withdrawal");

        ConsentDetail tombstone = register.detail(interview.getId());
        assertEquals(InterviewStatus.WITHDRAWN, tombstone.getStatus());
        assertEquals(RegisterOutcome.WITHDRAWN, tombstone.getOutcome());
        assertEquals(1, tombstone.getRecords().size(), "the consent record remains");
        assertTrue(tombstone.getCurrent().isStatementIntact());
        assertEquals(WithdrawalMethod.EMAIL, tombstone.getWithdrawal().getMethod());
        assertTrue(history.timeline(interview.getId()).stream()
                .filter(e -> e.getField() != null && e.getField().startsWith("answer."))
                .allMatch(e -> e.getShown() == HistoryEntry.Shown.REDACTED));
        assertTrue(feedback.feedback(null, true).stream().noneMatch(i -> i.getInterviewId() == interview.getId()));
    }

    @Test
    @DisplayName("Safeguarding text stays after withdrawal (a legal duty, documented), and only there")
    void safeguardingKeptOnWithdrawal() throws Exception {
        String unique = TestData.randomLetters(10);
        TestCallerContext.actAs(westInterviewer);
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, null);
        interviews.recordConsent(
                interview.getId(),
                interviews.statementFor(interview).getId(),
                true,
                true,
                ParticipationChoice.NAMED,
                "Named " + unique,
                null);
        interviews.raiseConcern(interview.getId(), "Child alone, said " + unique);
        TestCallerContext.actAs(westSupervisor);
        withdrawals.withdraw(
                interview.getId(), WithdrawalRequester.PRACTITIONER, WithdrawalMethod.LETTER, register.today());
        assertEquals(List.of("safeguarding_concern.description"), tablesContaining(unique, Set.of()));
    }

    @Test
    @DisplayName("The application's account has exactly the documented grants: no UPDATE or DELETE on the audit trail")
    void grants() throws Exception {
        List<String> grants = new ArrayList<>();
        try (Connection app = TestData.connection();
                Statement sql = app.createStatement();
                ResultSet rows = sql.executeQuery("SHOW GRANTS")) {
            while (rows.next()) {
                grants.add(rows.getString(1));
            }
        }
        String audit = grants.stream()
                .filter(g -> g.contains("`audit_event`"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no grant on audit_event: " + grants));
        assertTrue(audit.startsWith("GRANT SELECT, INSERT ON"), audit);
        for (String grant : grants) {
            String privileges = grant.substring(6, grant.indexOf(" ON "));
            assertFalse(
                    privileges.contains("CREATE") || privileges.contains("DROP") || privileges.contains("ALTER"),
                    grant);
            assertFalse(
                    grant.contains(".* TO") && !privileges.equals("USAGE") && !privileges.equals("SELECT"),
                    "no database-wide grant but SELECT: " + grant);
        }
        try (Connection app = TestData.connection();
                Statement sql = app.createStatement()) {
            SQLException update =
                    assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE audit_event SET field = 'x'"));
            assertTrue(update.getMessage().toLowerCase(Locale.ROOT).contains("denied"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_event"));
            assertTrue(delete.getMessage().toLowerCase(Locale.ROOT).contains("denied"), delete.getMessage());
        }
    }

    @Test
    @DisplayName("Every supervisor query and export is limited to the supervisor's organisation")
    void organisationIsolation() throws Exception {
        Interview westInterview =
                submitted(westInterviewer, ParticipationChoice.NAMED, "West Parent", "West Worker", "West words");
        Interview eastInterview =
                submitted(eastInterviewer, ParticipationChoice.NAMED, "East Parent", "East Worker", "East words");
        TestCallerContext.actAs(eastInterviewer);
        interviews.raiseConcern(eastInterview.getId(), "East concern");
        TestCallerContext.actAs(eastSupervisor);
        long eastConcern = safeguarding.openConcerns().stream()
                .filter(c -> c.getReference().equals(eastInterview.getReference()))
                .findFirst()
                .orElseThrow()
                .id();
        TestCallerContext.actAs(westSupervisor);
        long id = westInterview.getId();
        assertThrows(NotFoundException.class, () -> register.detail(eastInterview.getId()));
        assertThrows(NotFoundException.class, () -> register.receipt(eastInterview.getId()));
        assertThrows(NotFoundException.class, () -> history.timeline(eastInterview.getId()));
        assertThrows(
                NotFoundException.class,
                () -> withdrawals.withdraw(
                        eastInterview.getId(),
                        WithdrawalRequester.RESPONDENT,
                        WithdrawalMethod.EMAIL,
                        register.today()));
        assertThrows(NotFoundException.class, () -> feedback.markDiscussed(eastInterview.getId(), register.today()));
        assertThrows(NotFoundException.class, () -> safeguarding.acknowledge(eastConcern, "Not mine"));
        assertThrows(
                NotFoundException.class,
                () -> interviews.correctAnswer(eastInterview.getId(), 1, "Changed", "Not mine"));
        assertTrue(register.findByReference(eastInterview.getReference()).isEmpty());
        assertEquals(id, register.findByReference(westInterview.getReference()).orElseThrow());
        assertEquals(
                0,
                register.count(new ConsentRegisterFilter(
                        null, null, null, null, null, null, null, eastInterview.getReference())));
        List<ConsentRegisterRow> exported = new ArrayList<>();
        register.export(ConsentRegisterFilter.none(), exported::add);
        assertFalse(exported.isEmpty());
        assertTrue(exported.stream().noneMatch(r -> r.getReference().startsWith(east.code())));
        assertTrue(
                register.page(ConsentRegisterFilter.none(), ConsentRegisterQuery.Sort.STARTED, false, 0, 100).stream()
                        .noneMatch(r -> r.getReference().startsWith(east.code())));
        assertFalse(feedback.socialWorkers().contains("East Worker"));
        assertTrue(feedback.feedback(null, true).stream()
                .noneMatch(i -> i.getReference().startsWith(east.code())));
        assertTrue(safeguarding.openConcerns().stream().noneMatch(c -> c.id() == eastConcern));
        assertTrue(auditTrail.eventsOfInterview(eastInterview.getId()).isEmpty());
    }

    @Test
    @DisplayName("Anonymous interviews never reach feedback for supervision, and no name is kept for them")
    void anonymousNeverNamed() throws Exception {
        String unique = TestData.randomLetters(10);
        Interview anonymous = submitted(
                westInterviewer,
                ParticipationChoice.ANONYMOUS,
                "Typed Anyway " + unique,
                "Worker Typed " + unique,
                "Anonymous words");
        assertNull(anonymous.getRespondentName());
        assertNull(anonymous.getSocialWorkerName());
        TestCallerContext.actAs(westSupervisor);
        assertTrue(feedback.feedback(null, true).stream().noneMatch(i -> i.getInterviewId() == anonymous.getId()));
        assertTrue(feedback.socialWorkers().stream().noneMatch(w -> w.contains(unique)));
        assertEquals(List.of(), tablesContaining(unique, Set.of()));
        assertThrows(InterviewRuleException.class, () -> feedback.markDiscussed(anonymous.getId(), register.today()));
    }

    @Test
    @DisplayName("Named feedback by social worker, marked discussed once, with a date that is not in the future")
    void feedbackForSupervision() {
        String worker = "Sasha Worker " + TestData.randomLetters(6);
        Interview named = submitted(westInterviewer, ParticipationChoice.NAMED, "Pat Parent", worker, "Kind words");
        Interview workerOnly = submitted(
                westInterviewer, ParticipationChoice.SOCIAL_WORKER_ONLY, "Hidden Parent", worker, "More words");
        TestCallerContext.actAs(westSupervisor);
        assertTrue(feedback.socialWorkers().contains(worker));
        List<FeedbackItem> items = feedback.feedback(worker, false);
        assertEquals(2, items.size());
        FeedbackItem onlyWorker = items.stream()
                .filter(i -> i.getInterviewId() == workerOnly.getId())
                .findFirst()
                .orElseThrow();
        assertNull(onlyWorker.getRespondentName(), "the family gave only the social worker's name");
        assertEquals(
                "Pat Parent",
                items.stream()
                        .filter(i -> i.getInterviewId() == named.getId())
                        .findFirst()
                        .orElseThrow()
                        .getRespondentName());
        assertEquals(
                "feedback.error.date-future",
                assertThrows(
                                InterviewRuleException.class,
                                () -> feedback.markDiscussed(
                                        named.getId(), register.today().plusDays(1)))
                        .getMessageKey());
        assertTrue(feedback.markDiscussed(named.getId(), register.today()));
        assertFalse(feedback.markDiscussed(named.getId(), register.today()), "a second mark changes nothing");
        assertEquals(1, feedback.feedback(worker, false).size());
        FeedbackItem discussed = feedback.feedback(worker, true).stream()
                .filter(i -> i.getInterviewId() == named.getId())
                .findFirst()
                .orElseThrow();
        assertTrue(discussed.isDiscussed());
        assertEquals(westSupervisor.getDisplayName(), discussed.getDiscussedRecordedBy());
    }

    @Test
    @DisplayName("Register filters treat injection, wildcards and very long text literally; absurd ranges still stream")
    void registerBadInput() {
        Interview interview = submitted(westInterviewer, ParticipationChoice.ANONYMOUS, null, null, "Filter words");
        TestCallerContext.actAs(westSupervisor);
        long all = register.count(ConsentRegisterFilter.none());
        assertTrue(all > 0);
        for (String hostile : List.of(
                "' OR '1'='1", "%", "_", "%%", "!", "\\", "x".repeat(100_000), "' ; DROP TABLE interview; --")) {
            ConsentRegisterFilter filter = new ConsentRegisterFilter(null, null, null, null, null, null, null, hostile);
            assertEquals(0, register.count(filter), hostile.length() > 40 ? "long text" : hostile);
            assertEquals(
                    List.of(),
                    register.page(filter, ConsentRegisterQuery.Sort.STARTED, false, 0, 25),
                    "no rows for " + (hostile.length() > 40 ? "long text" : hostile));
        }
        String part =
                interview.getReference().substring(interview.getReference().indexOf('-') + 1);
        assertEquals(
                1,
                register.count(new ConsentRegisterFilter(
                        null, null, null, null, null, null, null, part.toLowerCase(Locale.ROOT))));
        assertEquals(
                "register.error.dates-reversed",
                assertThrows(
                                InterviewRuleException.class,
                                () -> register.count(new ConsentRegisterFilter(
                                        LocalDate.of(2026, 2, 1),
                                        LocalDate.of(2026, 1, 1),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)))
                        .getMessageKey());
        ConsentRegisterFilter absurd = new ConsentRegisterFilter(
                LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), null, null, null, null, null, null);
        List<String> streamed = new ArrayList<>();
        long written = register.export(absurd, row -> streamed.add(row.getReference()));
        assertEquals(all, written);
        assertEquals(all, streamed.size());
        assertEquals(all, register.count(absurd));
        ConsentRegisterFilter today = new ConsentRegisterFilter(
                register.today(),
                register.today(),
                westInterviewer.getStaffId(),
                westTeam,
                ParticipationChoice.ANONYMOUS,
                RegisterOutcome.AGREED,
                interview.getStatementId(),
                null);
        assertTrue(register.count(today) >= 1);
        List<ConsentRegisterRow> page = register.page(today, ConsentRegisterQuery.Sort.INTERVIEWER, true, 0, 10);
        assertTrue(page.stream()
                .allMatch(r -> r.getInterviewerId() == westInterviewer.getStaffId()
                        && r.getChoice() == ParticipationChoice.ANONYMOUS
                        && r.getOutcome() == RegisterOutcome.AGREED
                        && r.getStatementVersion() != null));
        assertEquals(
                "correction.error.reason-required",
                assertThrows(
                                InterviewRuleException.class,
                                () -> interviews.correctAnswer(interview.getId(), 1, "New words", null))
                        .getMessageKey());
    }

    @Test
    @DisplayName("History: every event in order, and the interview as it stood at an earlier moment")
    void historyAndAsAt() {
        TestCallerContext.actAs(westInterviewer);
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, westTeam);
        interviews.recordConsent(
                interview.getId(),
                interviews.statementFor(interview).getId(),
                true,
                true,
                ParticipationChoice.ANONYMOUS,
                null,
                null);
        interviews.saveAnswer(interview.getId(), 1, "First draft", false, null, null);
        Instant between = Instant.now().truncatedTo(ChronoUnit.MICROS);
        interviews.saveAnswer(interview.getId(), 1, "Second draft", false, null, 1L);
        TestCallerContext.actAs(westSupervisor);
        List<HistoryEntry> timeline = history.timeline(interview.getId());
        assertEquals(AuditAction.INTERVIEW_STARTED, timeline.get(0).getAction());
        assertTrue(timeline.stream()
                .anyMatch(e -> "Second draft".equals(e.getNewValue()) && "First draft".equals(e.getOldValue())));
        Map<String, String> then = new HashMap<>();
        history.asAt(interview.getId(), between).forEach(e -> then.put(e.getField(), e.getNewValue()));
        assertEquals("First draft", then.get("answer.q1.text"));
        assertEquals("IN_PROGRESS", then.get("status"));
        Map<String, String> now = new HashMap<>();
        history.asAt(interview.getId(), Instant.now()).forEach(e -> now.put(e.getField(), e.getNewValue()));
        assertEquals("Second draft", now.get("answer.q1.text"));
    }

    @Test
    @DisplayName("Safeguarding alerts stay until acknowledged with the action taken; old ones are highlighted")
    void safeguardingAlerts() throws Exception {
        TestCallerContext.actAs(westInterviewer);
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, null);
        interviews.raiseConcern(interview.getId(), "Fresh concern");
        insertConcern(interview, LocalDateTime.now(ZoneOffset.UTC).minusDays(2), "Old concern");
        TestCallerContext.actAs(westSupervisor);
        var open = safeguarding.openConcerns().stream()
                .filter(c -> c.getReference().equals(interview.getReference()))
                .toList();
        assertEquals(2, open.size());
        var old = open.stream()
                .filter(c -> c.getDescription().equals("Old concern"))
                .findFirst()
                .orElseThrow();
        var fresh = open.stream()
                .filter(c -> c.getDescription().equals("Fresh concern"))
                .findFirst()
                .orElseThrow();
        assertTrue(old.isOverdue());
        assertFalse(fresh.isOverdue());
        assertEquals(
                "safeguarding.error.action-required",
                assertThrows(InterviewRuleException.class, () -> safeguarding.acknowledge(fresh.id(), "  "))
                        .getMessageKey());
        assertTrue(safeguarding.acknowledge(fresh.id(), "Called the duty social worker"));
        assertFalse(safeguarding.acknowledge(fresh.id(), "Again"), "a second acknowledgement changes nothing");
        assertTrue(safeguarding.openConcerns().stream().noneMatch(c -> c.id() == fresh.id()));
    }

    @Test
    @DisplayName("The consent receipt is a one-page PDF")
    void receiptIsOnePage() throws Exception {
        Interview interview =
                submitted(westInterviewer, ParticipationChoice.NAMED, "Receipt Parent", "Receipt Worker", "Words");
        TestCallerContext.actAs(westSupervisor);
        ConsentDetail detail = register.receipt(interview.getId());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        org.heard.interfaces.web.supervisor.ConsentReceiptPdf.write(
                detail, new org.heard.interfaces.web.DatesBacking(), pdf);
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toByteArray())) {
            assertEquals(1, reader.getNumberOfPages());
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains(interview.getReference()), text);
            assertFalse(text.contains("Receipt Parent"), "no family name on the receipt");
        }
    }

    /** A concern stored directly, as raised at {@code raisedAt} (UTC) by the West interviewer; returns its id. */
    private static long insertConcern(Interview interview, LocalDateTime raisedAt, String description)
            throws SQLException {
        try (Connection db = TestData.connection();
                PreparedStatement insert = db.prepareStatement(
                        "INSERT INTO safeguarding_concern (organisation_id, interview_id, raised_by, raised_at,"
                                + " description) VALUES (?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, interview.getOrganisationId());
            insert.setLong(2, interview.getId());
            insert.setLong(3, westInterviewer.getStaffId());
            insert.setTimestamp(4, Timestamp.valueOf(raisedAt));
            insert.setString(5, description);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Every "table.column" holding {@code text}, in the tables named (all tables when none are named). */
    private static List<String> tablesContaining(String text, Set<String> only) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = TestData.admin()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement("SELECT table_name, column_name FROM"
                            + " information_schema.columns WHERE table_schema = DATABASE() AND data_type IN"
                            + " ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext')");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            for (String[] column : columns) {
                if (!only.isEmpty() && !only.contains(column[0])) {
                    continue;
                }
                try (PreparedStatement count = db.prepareStatement(
                        "SELECT COUNT(*) FROM `" + column[0] + "` WHERE `" + column[1] + "` LIKE ?")) {
                    count.setString(1, "%" + text + "%");
                    try (ResultSet row = count.executeQuery()) {
                        row.next();
                        if (row.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static long eventId(long chain, long seq) throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement query =
                        db.prepareStatement("SELECT id FROM audit_event WHERE chain_id = ? AND seq = ?")) {
            query.setLong(1, chain);
            query.setLong(2, seq);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "event " + seq + " of chain " + chain);
                return row.getLong(1);
            }
        }
    }

    private static long firstEventWithValue(long chain, long fromSeq) throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement("SELECT e.id FROM audit_event e JOIN audit_value v"
                        + " ON v.event_id = e.id AND v.slot = 'NEW' WHERE e.chain_id = ? AND e.seq >= ?"
                        + " AND v.value IS NOT NULL ORDER BY e.seq LIMIT 1")) {
            query.setLong(1, chain);
            query.setLong(2, fromSeq);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getLong(1);
            }
        }
    }

    /** Runs a statement as the administrator, whatever number of rows it touches. */
    private static void adminAny(String sql, Object... values) throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Runs a statement as the administrator; it must touch exactly one row. */
    private static void admin(String sql, Object... values) throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }
}
