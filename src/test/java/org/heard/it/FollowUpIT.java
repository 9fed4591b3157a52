package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heard.application.interview.AnswerService;
import org.heard.application.interview.ConsentDecision;
import org.heard.application.interview.ConsentService;
import org.heard.application.interview.InterviewClosing;
import org.heard.application.interview.InterviewSetup;
import org.heard.application.quality.FamilyDue;
import org.heard.application.quality.FamilyHistory;
import org.heard.application.quality.FollowUpService;
import org.heard.application.quality.TeamChange;
import org.heard.application.shared.Caller;
import org.heard.application.shared.InterviewAccessException;
import org.heard.application.supervision.WithdrawalService;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.quality.CellKeyPerturbation;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Following families over time inside Payara against MariaDB: a follow-up interview
 * linked by the pseudonymous family key, the refusals, the supervisors' due list, one
 * family's ratings over time, and the change by team with small-number suppression —
 * each within the caller's organisation only.
 */
class FollowUpIT extends InContainerTest {

    private static TestData.Org west;
    private static TestData.Org east;
    private static long westTeam;
    private static long changeTeam;
    private static Caller westInterviewer;
    private static Caller westSupervisor;
    private static Caller eastInterviewer;
    private static Caller eastSupervisor;

    @Inject
    private InterviewSetup interviews;

    @Inject
    private ConsentService consent;

    @Inject
    private AnswerService answers;

    @Inject
    private InterviewClosing closing;

    @Inject
    private FollowUpService followUps;

    @Inject
    private WithdrawalService withdrawals;

    @BeforeEach
    void arrange() {
        if (west == null) {
            TestData.TwoOrganisations organisations = TestData.twoOrganisations("West (follow-up)", "East (follow-up)");
            west = organisations.first();
            east = organisations.second();
            westTeam = TestData.team(west, "Family Support");
            changeTeam = TestData.team(west, "Assessment");
            westInterviewer =
                    TestData.interviewerCaller(west, "Wren Interviewer", InterviewerKind.EXPERT_BY_EXPERIENCE);
            westSupervisor = TestData.staffCaller(west, "Winifred Supervisor", Role.SUPERVISOR);
            eastInterviewer = TestData.interviewerCaller(east, "Ezra Interviewer", InterviewerKind.PRACTITIONER);
            eastSupervisor = TestData.staffCaller(east, "Esme Supervisor", Role.SUPERVISOR);
        }
        TestCallerContext.actAs(westInterviewer);
    }

    /** An interview run to the end by {@code interviewer}: agreed with {@code choice}, rated, submitted. */
    private Interview submitted(
            Caller interviewer, long teamId, String followUpOf, ParticipationChoice choice, String name, int rating) {
        TestCallerContext.actAs(interviewer);
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, teamId, null, followUpOf);
        consent.record(new ConsentDecision(
                interview.getId(),
                consent.statementFor(interview).getId(),
                true,
                true,
                choice,
                name,
                choice == ParticipationChoice.ANONYMOUS ? null : "Sam Worker"));
        answers.saveAnswer(interview.getId(), 1, "Things are getting better", false, null, null);
        Question ratings = interviews.script(interview).getQuestions().stream()
                .filter(Question::isRatings)
                .findFirst()
                .orElseThrow();
        Map<Long, Integer> values = new HashMap<>();
        for (RatingStatement statement : ratings.getRatingStatements()) {
            values.put(statement.getId(), rating);
        }
        answers.saveRatings(interview.getId(), ratings.getNumber(), values);
        closing.recordSupport(interview.getId(), Map.of(), Map.of());
        closing.submit(interview.getId());
        return interviews.interview(interview.getId());
    }

    /** Moves an interview's start and end {@code weeks} weeks into the past, behind Heard's back. */
    private static void weeksAgo(Interview interview, int weeks) throws SQLException {
        LocalDateTime when = LocalDateTime.now(ZoneOffset.UTC).minusWeeks(weeks);
        try (Connection db = TestData.admin();
                PreparedStatement update = db.prepareStatement(
                        "UPDATE interview SET started_at = ?, ended_at = ?, submitted_at = ?" + " WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(when.minusMinutes(45)));
            update.setTimestamp(2, Timestamp.valueOf(when));
            update.setTimestamp(3, Timestamp.valueOf(when));
            update.setLong(4, interview.getId());
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String familyKeyInDatabase(long interviewId) throws SQLException {
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement("SELECT family_key FROM interview WHERE id = ?")) {
            query.setLong(1, interviewId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    @Test
    @DisplayName("A follow-up shares the family's random key; the name is never the key")
    void followUpLinked() throws Exception {
        String name = "Frances Follow" + TestData.randomLetters(6);
        Interview first = submitted(westInterviewer, westTeam, null, ParticipationChoice.NAMED, name, 2);
        String key = familyKeyInDatabase(first.getId());
        assertNotNull(key);
        assertTrue(key.matches("[0-9a-f]{32}"), key);
        assertFalse(key.contains(name.toLowerCase()), "never the name");

        Interview second = submitted(
                westInterviewer,
                westTeam,
                " " + first.getReference().toLowerCase() + " ",
                ParticipationChoice.NAMED,
                name,
                4);
        assertEquals(key, familyKeyInDatabase(second.getId()));

        Interview anonymous =
                submitted(westInterviewer, westTeam, second.getReference(), ParticipationChoice.ANONYMOUS, null, 3);
        assertNull(familyKeyInDatabase(anonymous.getId()), "an anonymous follow-up is not linked");

        TestCallerContext.actAs(westSupervisor);
        FamilyHistory family = followUps.family(second.getId());
        assertEquals(name, family.respondentName());
        assertEquals(
                List.of(first.getReference(), second.getReference()),
                family.visits().stream().map(FamilyHistory.Visit::reference).toList());
        assertEquals(5, family.columns().size(), "the five Q2 statements");
        assertEquals(List.of(2, 2, 2, 2, 2), family.visits().get(0).ratings());
        assertEquals(List.of(4, 4, 4, 4, 4), family.visits().get(1).ratings());
        assertThrows(NotFoundException.class, () -> followUps.family(anonymous.getId()), "not a named family");

        TestCallerContext.actAs(eastSupervisor);
        assertThrows(NotFoundException.class, () -> followUps.family(second.getId()), "another organisation");
        TestCallerContext.actAs(westInterviewer);
        assertThrows(InterviewAccessException.class, () -> followUps.family(second.getId()), "supervisors only");
    }

    @Test
    @DisplayName("A follow-up of an unknown, anonymous or other organisation's interview is refused with its reason")
    void refusals() {
        Interview anonymous = submitted(westInterviewer, westTeam, null, ParticipationChoice.ANONYMOUS, null, 3);
        Interview eastNamed = submitted(
                eastInterviewer,
                TestData.team(east, "East team"),
                null,
                ParticipationChoice.NAMED,
                "Elsewhere Family",
                3);
        TestCallerContext.actAs(westInterviewer);
        assertEquals("start.follow-up.error.not-named", refusal(anonymous.getReference()));
        assertEquals("start.follow-up.error.unknown", refusal(eastNamed.getReference()));
        assertEquals("start.follow-up.error.unknown", refusal("NO-SUCH-REF"));
        assertEquals("start.follow-up.error.unknown", refusal("X".repeat(200)));
        Interview open = interviews.start(InterviewMode.IN_PERSON, Respondent.PARENT, westTeam);
        assertEquals("start.follow-up.error.not-finished", refusal(open.getReference()));
    }

    private String refusal(String reference) {
        return assertThrows(
                        InterviewRuleException.class,
                        () -> interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, westTeam, null, reference))
                .getMessageKey();
    }

    @Test
    @DisplayName("Due list: named families whose latest interview ended longer ago, none under way or withdrawn")
    void dueList() throws Exception {
        String name = "Dora Due" + TestData.randomLetters(6);
        Interview first = submitted(westInterviewer, westTeam, null, ParticipationChoice.NAMED, name, 3);
        Interview second =
                submitted(westInterviewer, westTeam, first.getReference(), ParticipationChoice.NAMED, name, 4);
        weeksAgo(first, 24);
        weeksAgo(second, 12);
        String withdrawnName = "Wanda Withdrew" + TestData.randomLetters(6);
        Interview withdrawn = submitted(westInterviewer, westTeam, null, ParticipationChoice.NAMED, withdrawnName, 3);
        weeksAgo(withdrawn, 12);
        Interview anonymous = submitted(westInterviewer, westTeam, null, ParticipationChoice.ANONYMOUS, null, 3);
        weeksAgo(anonymous, 12);
        String eastName = "Elsie East" + TestData.randomLetters(6);
        Interview eastOld = submitted(
                eastInterviewer, TestData.team(east, "East due"), null, ParticipationChoice.NAMED, eastName, 3);
        weeksAgo(eastOld, 12);

        TestCallerContext.actAs(westSupervisor);
        withdrawals.withdraw(
                withdrawn.getId(),
                WithdrawalRequester.RESPONDENT,
                WithdrawalMethod.TELEPHONE,
                java.time.LocalDate.now(org.heard.application.shared.ClockProducer.ZONE));
        List<FamilyDue> due = followUps.due(10);
        FamilyDue dora = due.stream()
                .filter(d -> name.equals(d.respondentName()))
                .findFirst()
                .orElseThrow();
        assertEquals(second.getId(), dora.latestInterviewId());
        assertEquals(second.getReference(), dora.reference());
        assertEquals(2, dora.interviews());
        assertEquals(12, dora.weeksSince());
        assertEquals("Family Support", dora.teamName());
        assertEquals(
                1, due.stream().filter(d -> name.equals(d.respondentName())).count(), "one row per family");
        assertTrue(due.stream().noneMatch(d -> withdrawnName.equals(d.respondentName())), "withdrawn");
        assertTrue(due.stream().noneMatch(d -> d.latestInterviewId().equals(anonymous.getId())), "anonymous");
        assertTrue(due.stream().noneMatch(d -> eastName.equals(d.respondentName())), "other organisation");
        assertTrue(
                followUps.due(20).stream().noneMatch(d -> name.equals(d.respondentName())), "not yet due at 20 weeks");

        // An interview under way with the family: no longer due.
        TestCallerContext.actAs(westInterviewer);
        Interview underWay =
                interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, westTeam, null, second.getReference());
        assertEquals(InterviewStatus.STARTED, underWay.getStatus());
        TestCallerContext.actAs(westSupervisor);
        assertTrue(followUps.due(10).stream().noneMatch(d -> name.equals(d.respondentName())), "under way");
        assertThrows(IllegalArgumentException.class, () -> followUps.due(0));
        assertThrows(IllegalArgumentException.class, () -> followUps.due(105));
    }

    @Test
    @DisplayName(
            "Change by team: the mean change from first to latest interview, perturbed, suppressed under 5 families")
    void changeByTeam() {
        // The record keys are set so that the perturbed figures are known: 0 for the latest
        // interviews, whose keys make the figure; 100 for the first ones, whose keys must not.
        for (int family = 0; family < 4; family++) {
            String name = "Chang Family" + family + TestData.randomLetters(5);
            Interview first = submitted(westInterviewer, changeTeam, null, ParticipationChoice.NAMED, name, 2);
            QaSeed.recordKey(first.getId(), 100);
            Interview latest =
                    submitted(westInterviewer, changeTeam, first.getReference(), ParticipationChoice.NAMED, name, 4);
            QaSeed.recordKey(latest.getId(), 0);
        }
        TestCallerContext.actAs(westSupervisor);
        List<TeamChange> four = changesOf("Assessment");
        assertEquals(5, four.size(), "one row per Q2 statement");
        assertTrue(four.stream().allMatch(TeamChange::suppressed), "4 families are fewer than 5");
        assertTrue(four.stream().allMatch(c -> c.meanChange() == null && c.families() == 0), "nothing leaks");

        String name = "Chang Family4" + TestData.randomLetters(5);
        Interview first = submitted(westInterviewer, changeTeam, null, ParticipationChoice.NAMED, name, 1);
        QaSeed.recordKey(first.getId(), 100);
        Interview latest =
                submitted(westInterviewer, changeTeam, first.getReference(), ParticipationChoice.NAMED, name, 5);
        QaSeed.recordKey(latest.getId(), 0);
        TestCallerContext.actAs(westSupervisor);
        List<TeamChange> five = changesOf("Assessment");
        assertTrue(five.stream().noneMatch(TeamChange::suppressed));
        // Four families went from 2 to 4 (+2), one from 1 to 5 (+4): exactly 5 families and a
        // mean of +2.4. Perturbed with cell key 0: 5 stays 5 (odd count), the four +2s are shown
        // as 3 (even count), the one +4 stays 1; the mean of the perturbed counts is +2.5. With
        // the first interviews' keys instead (cell key 244), the 5 would be shown as 4, and hidden.
        assertEquals(4, CellKeyPerturbation.perturbed(5, 5 * 100));
        long plusTwo = CellKeyPerturbation.perturbed(4, 0);
        long plusFour = CellKeyPerturbation.perturbed(1, 0);
        assertEquals(3, plusTwo);
        assertEquals(1, plusFour);
        for (TeamChange change : five) {
            assertEquals(CellKeyPerturbation.perturbed(5, 0), change.families());
            assertEquals(5, change.families());
            assertEquals(
                    Math.round((2 * plusTwo + 4 * plusFour) * 10.0 / (plusTwo + plusFour)) / 10.0,
                    change.meanChange(),
                    1e-9);
            assertEquals(2.5, change.meanChange(), 1e-9);
            assertFalse(change.statement().text().isBlank());
        }
        TestCallerContext.actAs(eastSupervisor);
        assertTrue(followUps.changeByTeam().stream().noneMatch(c -> "Assessment".equals(c.teamName())));
    }

    private List<TeamChange> changesOf(String team) {
        return followUps.changeByTeam().stream()
                .filter(c -> team.equals(c.teamName()))
                .toList();
    }
}
