package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.heard.application.audit.AuditVerification;
import org.heard.application.interview.ConsentDecision;
import org.heard.application.shared.Caller;
import org.heard.application.supervision.ConsentRegisterFilter;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditBreak;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The audit trail inside Payara: a sealed row for every kind of action, with no name in clear; tamper evidence at exactly the changed row; the application account's documented grants. */
class AuditTrailIT extends SupervisionTestBase {

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
        consent.record(new ConsentDecision(
                other.getId(),
                consent.statementFor(other).getId(),
                true,
                true,
                ParticipationChoice.ANONYMOUS,
                null,
                null));
        concerns.raiseConcern(other.getId(), "Heard something worrying " + unique);

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
        corrections.correctAnswer(interview.getId(), 1, "We felt heard " + unique, "Typo confirmed with family");
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
    @DisplayName("Events cut off and the head set back by the database's root: verification says ROLLBACK,"
            + " naming the last witnessed sequence, also once new events reuse the numbers")
    void rollbackDetected() throws Exception {
        TestData.Org org = TestData.organisation("Rollback (supervision)");
        Caller interviewer = caller(
                org,
                TestData.staff(org, "Rob Interviewer", "PRACTITIONER", "INTERVIEWER"),
                EnumSet.of(Role.INTERVIEWER),
                InterviewerKind.PRACTITIONER);
        submitted(interviewer, ParticipationChoice.ANONYMOUS, null, null, "Words to roll back");
        AuditVerification intact = auditTrail.verify(org.id());
        assertTrue(intact.isIntact(), intact.summary());
        long head = intact.getEventsChecked();
        String witnessed = Files.readString(Path.of(System.getProperty("heard.audit.witness-file")));
        assertTrue(
                witnessed.contains("HEARD-AUDIT-WITNESS chain=" + org.id() + " seq=" + head + " "),
                "the verified head is witnessed outside the database");

        long keep = head - 3;
        for (long seq = head; seq > keep; seq--) {
            long id = eventId(org.id(), seq);
            adminAny("DELETE FROM audit_value WHERE event_id = ?", id);
            admin("DELETE FROM audit_event WHERE id = ?", id);
        }
        admin(
                "UPDATE audit_chain SET last_seq = ?, last_mac = (SELECT mac FROM audit_event WHERE chain_id = ?"
                        + " AND seq = ?) WHERE chain_id = ?",
                keep,
                org.id(),
                keep,
                org.id());

        AuditVerification rolledBack = auditTrail.verify(org.id());
        assertEquals(AuditBreak.ROLLBACK, rolledBack.getProblem(), rolledBack.summary());
        assertEquals(head, rolledBack.getBrokenSeq(), "the last witnessed sequence is named");
        assertTrue(rolledBack.summary().startsWith("ROLLBACK"), rolledBack.summary());

        submitted(interviewer, ParticipationChoice.ANONYMOUS, null, null, "Words after the rollback");
        AuditVerification reused = auditTrail.verify(org.id());
        assertTrue(reused.getEventsChecked() > head, "new events reuse and pass the cut numbers");
        assertEquals(AuditBreak.ROLLBACK, reused.getProblem(), "the chain does not extend the witnessed head");
        assertEquals(head, reused.getBrokenSeq());
    }

    @Test
    @DisplayName("Every N events (20 in the tests) a chain's head is witnessed once its transaction commits")
    void witnessedEveryNEvents() throws Exception {
        TestData.Org org = TestData.organisation("Witness every (supervision)");
        for (int i = 0; i < 25; i++) {
            auditTrail.record(AuditEntry.of(AuditAction.AUDIT_VERIFIED)
                    .organisation(org.id())
                    .value("result", "event " + i));
        }

        String witnessed = Files.readString(Path.of(System.getProperty("heard.audit.witness-file")));
        assertTrue(witnessed.contains("HEARD-AUDIT-WITNESS chain=" + org.id() + " seq=20 "), witnessed);
        assertFalse(witnessed.contains("HEARD-AUDIT-WITNESS chain=" + org.id() + " seq=25 "), "not at every event");
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
}
