package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.heard.application.administration.PlatformAdministration;
import org.heard.application.quality.ActionLogService;
import org.heard.application.quality.AgreementService;
import org.heard.application.quality.CodebookService;
import org.heard.application.quality.CodingService;
import org.heard.application.quality.ThemeCountService;
import org.heard.application.shared.Caller;
import org.heard.application.supervision.WithdrawalService;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * What the theming tests share, inside Payara against MariaDB: two organisations (West,
 * where the analysts work, and East, whose analyst must see none of it), four analysts
 * of West, an interviewer, a supervisor and a platform administrator, arranged once per
 * test class; the services under test; and helpers that read behind Heard's back.
 */
abstract class ThemingTestBase extends InContainerTest {

    private static Class<?> arrangedFor;

    protected static TestData.Org west;
    protected static TestData.Org east;
    protected static long westTeam;
    protected static TestData.Staff interviewer;
    protected static Caller ada;
    protected static Caller bea;
    protected static Caller cal;
    protected static Caller dee;
    protected static Caller eastAnalyst;
    protected static Caller westSupervisor;
    protected static Caller platformAdmin;

    @Inject
    protected CodebookService codebook;

    @Inject
    protected CodingService coding;

    @Inject
    protected AgreementService agreements;

    @Inject
    protected ThemeCountService counts;

    @Inject
    protected ActionLogService actions;

    @Inject
    protected PlatformAdministration platform;

    @Inject
    protected WithdrawalService withdrawals;

    @BeforeEach
    void arrange() {
        // Each test class arranges its own organisations, the first time one of its tests runs.
        if (arrangedFor != getClass()) {
            arrangedFor = getClass();
            TestData.TwoOrganisations organisations = TestData.twoOrganisations("West (theming)", "East (theming)");
            west = organisations.first();
            east = organisations.second();
            westTeam = TestData.team(west, "West duty team");
            interviewer = TestData.staff(west, "Ivy Interviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
            ada = analyst(west, "Ada Analyst");
            bea = analyst(west, "Bea Analyst");
            cal = analyst(west, "Cal Analyst");
            dee = analyst(west, "Dee Analyst");
            eastAnalyst = analyst(east, "Eve Analyst");
            westSupervisor = TestData.staffCaller(west, "Sid Supervisor", Role.SUPERVISOR);
            TestData.Org home = TestData.organisation("Home (theming platform)");
            platformAdmin = TestData.staffCaller(home, "Pat Platform", Role.PLATFORM_ADMIN);
        }
        TestCallerContext.actAs(ada);
    }

    protected static Caller analyst(TestData.Org org, String name) {
        return TestData.staffCaller(org, name, Role.QA_ANALYST);
    }

    protected static TestData.Interview interview(String respondent, String worker, String words) {
        return TestData.interview(west, interviewer)
                .team(westTeam)
                .named(respondent, worker)
                .words(words)
                .submit();
    }

    /** The ids of the interview's answers (questions 1 and 3), in order. */
    protected static List<Long> answers(long interviewId) {
        List<Long> ids = new ArrayList<>();
        try (Connection db = TestData.admin();
                PreparedStatement query =
                        db.prepareStatement("SELECT id FROM answer WHERE interview_id = ? ORDER BY id")) {
            query.setLong(1, interviewId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    protected static void sql(String statement, Object... values) {
        try (Connection db = TestData.admin();
                PreparedStatement update = db.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static List<String> audited(String entityType, long entityId) {
        List<String> rows = new ArrayList<>();
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement("SELECT action, field FROM audit_event"
                        + " WHERE chain_id = ? AND entity_type = ? AND entity_id = ? ORDER BY id")) {
            query.setLong(1, west.id());
            query.setString(2, entityType);
            query.setLong(3, entityId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + ":" + result.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    protected static String refusal(Executable change) {
        return assertThrows(ThemingException.class, change).getMessageKey();
    }

    protected Theme theme(String name) {
        return codebook.create(name + " " + TestData.randomLetters(4), "For the theming test", null);
    }

    protected long tagCount(long themeId) {
        return codebook.codebook().stream()
                .filter(t -> t.id() == themeId)
                .findFirst()
                .orElseThrow()
                .tags();
    }
}
