package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heard.application.audit.AuditTrail;
import org.heard.application.interview.AnswerService;
import org.heard.application.interview.ConcernService;
import org.heard.application.interview.ConsentDecision;
import org.heard.application.interview.ConsentService;
import org.heard.application.interview.InterviewClosing;
import org.heard.application.interview.InterviewSetup;
import org.heard.application.shared.Caller;
import org.heard.application.supervision.AuditService;
import org.heard.application.supervision.ConsentRegisterService;
import org.heard.application.supervision.CorrectionService;
import org.heard.application.supervision.FeedbackService;
import org.heard.application.supervision.InterviewHistoryService;
import org.heard.application.supervision.SafeguardingService;
import org.heard.application.supervision.WithdrawalService;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.infrastructure.security.StaffIdentityStore;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the supervisors' integration tests share, inside Payara against MariaDB with
 * the application's account holding exactly the documented grants: two
 * organisations with an interviewer and a supervisor each, submitted interviews
 * with the family's choice and words, and the administrator's view of every table
 * (to tamper with the audit trail, or to scan for a family's words). One class per
 * feature extends it.
 */
abstract class SupervisionTestBase extends InContainerTest {

    protected static TestData.Org west;
    protected static TestData.Org east;
    protected static long westTeam;
    protected static TestData.Staff westSupervisorAccount;
    protected static Caller westInterviewer;
    protected static Caller westSupervisor;
    protected static Caller eastInterviewer;
    protected static Caller eastSupervisor;

    @Inject
    protected InterviewSetup interviews;

    @Inject
    protected ConsentService consent;

    @Inject
    protected AnswerService answers;

    @Inject
    protected InterviewClosing closing;

    @Inject
    protected ConcernService concerns;

    @Inject
    protected CorrectionService corrections;

    @Inject
    protected ConsentRegisterService register;

    @Inject
    protected WithdrawalService withdrawals;

    @Inject
    protected FeedbackService feedback;

    @Inject
    protected InterviewHistoryService history;

    @Inject
    protected SafeguardingService safeguarding;

    @Inject
    protected AuditService auditService;

    @Inject
    protected AuditTrail auditTrail;

    @Inject
    protected StaffIdentityStore identityStore;

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

    protected static Caller caller(TestData.Org org, TestData.Staff staff, Set<Role> roles, InterviewerKind kind) {
        return TestData.caller(org, staff, roles, kind);
    }

    /** A submitted interview by {@code interviewer}, with the family's choice and words. */
    protected Interview submitted(
            Caller interviewer, ParticipationChoice choice, String respondentName, String workerName, String words) {
        TestCallerContext.actAs(interviewer);
        Interview interview = interviews.start(
                InterviewMode.TELEPHONE, Respondent.PARENT, interviewer == westInterviewer ? westTeam : null);
        consent.record(new ConsentDecision(
                interview.getId(),
                consent.statementFor(interview).getId(),
                true,
                true,
                choice,
                respondentName,
                workerName));
        answers.saveAnswer(interview.getId(), 1, words, false, "Note: " + words, null);
        answers.saveAnswer(interview.getId(), 3, "Also " + words, false, null, null);
        rate(interview, 4);
        closing.recordSupport(interview.getId(), Map.of(), Map.of());
        closing.submit(interview.getId());
        return interviews.interview(interview.getId());
    }

    protected void rate(Interview interview, int value) {
        Question ratings = interviews.script(interview).getQuestions().stream()
                .filter(Question::isRatings)
                .findFirst()
                .orElseThrow();
        Map<Long, Integer> values = new HashMap<>();
        for (RatingStatement statement : ratings.getRatingStatements()) {
            values.put(statement.getId(), value);
        }
        answers.saveRatings(interview.getId(), ratings.getNumber(), values);
    }

    /** A concern stored directly, as raised at {@code raisedAt} (UTC) by the West interviewer; returns its id. */
    protected static long insertConcern(Interview interview, LocalDateTime raisedAt, String description)
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
    protected static List<String> tablesContaining(String text, Set<String> only) throws SQLException {
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

    protected static long eventId(long chain, long seq) throws SQLException {
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

    protected static long firstEventWithValue(long chain, long fromSeq) throws SQLException {
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
    protected static void adminAny(String sql, Object... values) throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Runs a statement as the administrator; it must touch exactly one row. */
    protected static void admin(String sql, Object... values) throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }
}
