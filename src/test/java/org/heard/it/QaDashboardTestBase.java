package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.heard.application.quality.DeidentifiedExportService;
import org.heard.application.quality.QaDashboardService;
import org.heard.application.shared.Caller;
import org.heard.domain.model.organisation.Role;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the dashboard and export tests share, inside Payara against MariaDB: a known
 * dataset of two organisations (West with two teams in January, February and April 2025,
 * a withdrawn interview and an anonymised one; East, which West must never see), seeded
 * once for the run's server, the analysts and a supervisor, the services under test,
 * and helpers that act behind Heard's back.
 */
abstract class QaDashboardTestBase extends InContainerTest {

    protected static final String RESPONDENT = "Rosalind Quartermaine";
    protected static final String WORKER = "Bartholomew Fenwick";
    protected static final String WITHDRAWN_WORDS = "Withdrawn words Zanzibar";
    protected static final String ANONYMISED_WORDS = "Anonymised words Kilimanjaro";

    protected static TestData.Org west;
    protected static TestData.Org east;
    protected static long westFamilies;
    protected static long westAssessment;
    protected static long eastTeam;
    protected static TestData.Staff westInterviewer;
    protected static TestData.Staff eastInterviewer;
    protected static Caller westAnalyst;
    protected static Caller eastAnalyst;
    protected static Caller westSupervisor;
    protected static final List<String> names = new ArrayList<>();
    protected static String trustTerm;
    /** The interviews of Families West in January, by rating 1 to 5 (index 0 to 4). */
    protected static final List<List<Long>> familiesByRating = new ArrayList<>();
    /** The interviews of Assessment West in February, by rating. */
    protected static final List<List<Long>> assessmentByRating = new ArrayList<>();

    protected static final List<Long> january = new ArrayList<>();
    protected static final List<Long> february = new ArrayList<>();
    protected static final List<Long> trustOpened = new ArrayList<>();
    protected static final List<Long> eastIds = new ArrayList<>();
    protected static String otherTerm;

    @Inject
    protected QaDashboardService dashboards;

    @Inject
    protected DeidentifiedExportService exports;

    @Inject
    protected SqlStatementCounter counter;

    @BeforeEach
    void arrange() throws SQLException {
        if (west == null) {
            TestData.TwoOrganisations organisations = TestData.twoOrganisations("West (dashboard)", "East (dashboard)");
            west = organisations.first();
            east = organisations.second();
            westFamilies = TestData.team(west, "Families West");
            westAssessment = TestData.team(west, "Assessment West");
            eastTeam = TestData.team(east, "East only team");
            westInterviewer = TestData.staff(west, "Ingrid Westinterviewer", "EXPERT_BY_EXPERIENCE", "INTERVIEWER");
            eastInterviewer = TestData.staff(east, "Edmund Eastinterviewer", "PRACTITIONER", "INTERVIEWER");
            names.addAll(List.of(RESPONDENT, WORKER, westInterviewer.displayName(), eastInterviewer.displayName()));
            westAnalyst = TestData.staffCaller(west, "Quentin Analyst", Role.QA_ANALYST);
            eastAnalyst = TestData.staffCaller(east, "Esther Analyst", Role.QA_ANALYST);
            westSupervisor = TestData.staffCaller(west, "Sandra Supervisor", Role.SUPERVISOR);
            String[][] definitions = definitions();
            trustTerm = definitions[0][1];
            otherTerm = definitions[1][1];
            long trust = Long.parseLong(definitions[0][0]);
            long other = Long.parseLong(definitions[1][0]);
            for (int r = 0; r < 5; r++) {
                familiesByRating.add(new ArrayList<>());
                assessmentByRating.add(new ArrayList<>());
            }
            // Families West, January 2025, by telephone, Experts by Experience: 25 interviews,
            // five of each rating; five of them opened the first term's definition twice.
            for (int i = 0; i < 25; i++) {
                boolean named = i == 0;
                long id = QaSeed.interview(
                        west,
                        westInterviewer,
                        westFamilies,
                        "TELEPHONE",
                        "EXPERT_BY_EXPERIENCE",
                        LocalDateTime.of(2025, 1, 10 + i % 15, 10, 0),
                        "SUBMITTED",
                        named ? RESPONDENT : null,
                        named ? WORKER : null,
                        named ? RESPONDENT + " said " + WORKER + " listened to her." : "It was fine " + i,
                        1 + i % 5);
                january.add(id);
                familiesByRating.get(i % 5).add(id);
                if (i < 5) {
                    QaSeed.opened(id, trust, 2);
                    trustOpened.add(id);
                }
                if (i == 1) {
                    tagTheme(west, id, "Trust and honesty");
                }
                if (i == 2) {
                    anonymise(id);
                }
            }
            // Assessment West, February 2025, in person, practitioners: 30 interviews, ratings
            // 1 to 4 five times each and 5 ten times; four of them opened the second term.
            for (int i = 0; i < 30; i++) {
                long id = QaSeed.interview(
                        west,
                        westInterviewer,
                        westAssessment,
                        "IN_PERSON",
                        "PRACTITIONER",
                        LocalDateTime.of(2025, 2, 3 + i % 20, 11, 0),
                        "SUBMITTED",
                        null,
                        null,
                        "Assessment answer " + i,
                        i < 20 ? 1 + i % 4 : 5);
                february.add(id);
                assessmentByRating.get(i < 20 ? i % 4 : 4).add(id);
                if (i < 4) {
                    QaSeed.opened(id, other, 1);
                }
            }
            // A withdrawn interview and one still in progress: never counted, never exported.
            QaSeed.interview(
                    west,
                    westInterviewer,
                    westFamilies,
                    "TELEPHONE",
                    "EXPERT_BY_EXPERIENCE",
                    LocalDateTime.of(2025, 1, 20, 9, 0),
                    "WITHDRAWN",
                    "Wilhelmina Withdrawn",
                    "Wallace Worker",
                    WITHDRAWN_WORDS,
                    1);
            names.addAll(List.of("Wilhelmina Withdrawn", "Wallace Worker"));
            // April 2025: three interviews of one team and two of the other, by telephone:
            // too few for their own combination, enough once the team is withheld.
            for (int i = 0; i < 5; i++) {
                QaSeed.interview(
                        west,
                        westInterviewer,
                        i < 3 ? westFamilies : westAssessment,
                        "TELEPHONE",
                        "EXPERT_BY_EXPERIENCE",
                        LocalDateTime.of(2025, 4, 7 + i, 10, 0),
                        "SUBMITTED",
                        null,
                        null,
                        "Spring answer " + i,
                        3);
            }
            // East: seven interviews in January 2025 that West must never see.
            for (int i = 0; i < 7; i++) {
                long id = QaSeed.interview(
                        east,
                        eastInterviewer,
                        eastTeam,
                        "IN_PERSON",
                        "PRACTITIONER",
                        LocalDateTime.of(2025, 1, 15, 10, 0),
                        "SUBMITTED",
                        "Eleanor Eastfamily",
                        "Ebenezer Eastworker",
                        "East words",
                        2);
                eastIds.add(id);
            }
            names.addAll(List.of("Eleanor Eastfamily", "Ebenezer Eastworker"));
        }
        TestCallerContext.actAs(westAnalyst);
    }

    /** As retention's anonymisation leaves it: names gone, words and ratings kept. */
    protected static void anonymise(long interviewId) throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement update = db.prepareStatement(
                        "UPDATE interview SET retention_action = 'ANONYMISE',"
                                + " retained_at = submitted_at, respondent_name = NULL, social_worker_name = NULL WHERE id = ?");
                PreparedStatement words = db.prepareStatement("UPDATE answer SET text = ? WHERE interview_id = ?")) {
            update.setLong(1, interviewId);
            assertEquals(1, update.executeUpdate());
            words.setString(1, ANONYMISED_WORDS);
            words.setLong(2, interviewId);
            words.executeUpdate();
        }
    }

    protected static void tagTheme(TestData.Org organisation, long interviewId, String theme) throws SQLException {
        try (Connection db = TestData.admin()) {
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2025, 3, 1, 10, 0));
            long themeId = QaSeed.insert(
                    db,
                    "INSERT INTO qa_theme (organisation_id, name, description, created_at, version)"
                            + " VALUES (?, ?, 'test theme', ?, 0)",
                    organisation.id(),
                    theme,
                    now);
            long answerId = QaSeed.scalar(db, "SELECT MIN(id) FROM answer WHERE interview_id = " + interviewId);
            long coder =
                    QaSeed.scalar(db, "SELECT MIN(id) FROM staff_account WHERE organisation_id = " + organisation.id());
            for (int tag = 0; tag < 2; tag++) { // two coders' tags of the same theme: one theme in the export
                QaSeed.insert(
                        db,
                        "INSERT INTO qa_theme_tag (organisation_id, theme_id, interview_id, answer_id, coder_id, tagged_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        organisation.id(),
                        themeId,
                        interviewId,
                        answerId,
                        coder,
                        now);
            }
        }
    }

    /** The first two shared glossary definitions: {id, term}. */
    protected static String[][] definitions() throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement(
                        "SELECT d.id, t.term FROM glossary_definition d"
                                + " JOIN glossary_term t ON t.id = d.term_id WHERE t.organisation_id IS NULL ORDER BY t.id, d.id");
                ResultSet rows = query.executeQuery()) {
            List<String[]> found = new ArrayList<>();
            String lastTerm = null;
            while (rows.next() && found.size() < 2) {
                if (!rows.getString(2).equals(lastTerm)) {
                    found.add(new String[] {rows.getString(1), rows.getString(2)});
                    lastTerm = rows.getString(2);
                }
            }
            return found.toArray(String[][]::new);
        }
    }
}
