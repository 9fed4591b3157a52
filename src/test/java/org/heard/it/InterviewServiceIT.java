package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.heard.application.audit.AuditTrail;
import org.heard.application.audit.AuditVerification;
import org.heard.application.interview.AnswerConflictException;
import org.heard.application.interview.AnswerService;
import org.heard.application.interview.ConsentDecision;
import org.heard.application.interview.ConsentService;
import org.heard.application.interview.InterviewClosing;
import org.heard.application.interview.InterviewSetup;
import org.heard.application.interview.TypedAnswer;
import org.heard.application.shared.Caller;
import org.heard.application.supervision.CorrectionService;
import org.heard.application.supervision.InterviewHistoryService;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEvent;
import org.heard.domain.model.audit.AuditSlot;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.interview.Step;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The interviewer's journey through the application services, inside Payara,
 * against the MySQL-compatible test database: consent gating, autosave and
 * resume, optimistic locking, idempotent submission, organisation isolation,
 * declining, stopping, and supervisors' corrections.
 */
class InterviewServiceIT extends InContainerTest {

    private static TestData.Org west;
    private static TestData.Org east;
    private static long westTeam;
    private static Caller westInterviewer;
    private static Caller westColleague;
    private static Caller westSupervisor;
    private static Caller eastInterviewer;

    @Inject
    private InterviewSetup interviews;

    @Inject
    private ConsentService consent;

    @Inject
    private AnswerService answers;

    @Inject
    private InterviewClosing closing;

    @Inject
    private CorrectionService corrections;

    @Inject
    private InterviewHistoryService history;

    @Inject
    private AuditTrail audit;

    @Inject
    private SqlStatementCounter counter;

    @BeforeEach
    void arrange() {
        if (west == null) {
            west = TestData.organisation("West (services)");
            east = TestData.organisation("East (services)");
            westTeam = TestData.team(west, "Children in Care");
            westInterviewer = caller(
                    west,
                    TestData.staff(west, "Wes", "PRACTITIONER", "INTERVIEWER"),
                    EnumSet.of(Role.INTERVIEWER),
                    InterviewerKind.PRACTITIONER);
            westColleague = caller(
                    west,
                    TestData.staff(west, "Col", "EXPERT_BY_EXPERIENCE", "INTERVIEWER"),
                    EnumSet.of(Role.INTERVIEWER),
                    InterviewerKind.EXPERT_BY_EXPERIENCE);
            westSupervisor =
                    caller(west, TestData.staff(west, "Sue", null, "SUPERVISOR"), EnumSet.of(Role.SUPERVISOR), null);
            eastInterviewer = caller(
                    east,
                    TestData.staff(east, "Eve", "PRACTITIONER", "INTERVIEWER"),
                    EnumSet.of(Role.INTERVIEWER),
                    InterviewerKind.PRACTITIONER);
        }
        TestCallerContext.actAs(westInterviewer);
    }

    private static Caller caller(TestData.Org org, TestData.Staff staff, Set<Role> roles, InterviewerKind kind) {
        return TestData.caller(org, staff, roles, kind);
    }

    private Interview agreed(ParticipationChoice choice) {
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, westTeam);
        consent.record(new ConsentDecision(
                interview.getId(),
                consent.statementFor(interview).getId(),
                true,
                true,
                choice,
                "Jo Parent",
                "Sam Worker"));
        return interviews.interview(interview.getId());
    }

    @Test
    @DisplayName("Giving their name with no name is refused: no consent record, no follow-up key, the interview waits")
    void namedWithoutName() throws Exception {
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, westTeam);
        long statementId = consent.statementFor(interview).getId();
        InterviewRuleException refused = assertThrows(
                InterviewRuleException.class,
                () -> consent.record(new ConsentDecision(
                        interview.getId(), statementId, true, true, ParticipationChoice.NAMED, " ", "Sam Worker")));
        assertEquals("statement.error.respondent-name-missing", refused.getMessageKey());
        assertEquals("respondentName", refused.getField());
        refused = assertThrows(
                InterviewRuleException.class,
                () -> consent.record(new ConsentDecision(
                        interview.getId(), statementId, true, true, ParticipationChoice.SOCIAL_WORKER_ONLY, null, "")));
        assertEquals("statement.error.social-worker-name-missing", refused.getMessageKey());
        Interview unchanged = interviews.interview(interview.getId());
        assertEquals(InterviewStatus.STARTED, unchanged.getStatus());
        assertNull(unchanged.getFamilyKey());
        try (Connection db = TestData.admin();
                PreparedStatement query =
                        db.prepareStatement("SELECT COUNT(*) FROM consent_record WHERE interview_id = ?")) {
            query.setLong(1, interview.getId());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertEquals(0, row.getInt(1), "no consent recorded");
            }
        }
        // With the name, the same choice is recorded.
        consent.record(new ConsentDecision(
                interview.getId(), statementId, true, true, ParticipationChoice.NAMED, "Jo Parent", "Sam Worker"));
        assertEquals(
                InterviewStatus.IN_PROGRESS,
                interviews.interview(interview.getId()).getStatus());
    }

    @Test
    @DisplayName("A whole interview: consent, seven answers, ratings, support, submit once")
    void wholeInterview() {
        Interview interview = agreed(ParticipationChoice.NAMED);
        assertTrue(interview.getReference().startsWith(west.code() + "-"), interview.getReference());
        var script = interviews.script(interview);
        assertEquals(7, script.getQuestionCount());
        for (Question question : script.getQuestions()) {
            answers.saveAnswer(
                    interview.getId(),
                    question.getNumber(),
                    "Answer " + question.getNumber() + " 😀",
                    false,
                    null,
                    null);
        }
        Question ratings = script.getQuestions().stream()
                .filter(Question::isRatings)
                .findFirst()
                .orElseThrow();
        Map<Long, Integer> values = new HashMap<>();
        int value = 1;
        for (RatingStatement statement : ratings.getRatingStatements()) {
            values.put(statement.getId(), value++);
        }
        answers.saveRatings(interview.getId(), ratings.getNumber(), values);
        closing.recordSupport(interview.getId(), Map.of(), Map.of());

        assertTrue(closing.submit(interview.getId()));
        assertFalse(closing.submit(interview.getId()), "a second submission changes nothing");
        Interview submitted = interviews.interview(interview.getId());
        assertEquals(InterviewStatus.SUBMITTED, submitted.getStatus());
        assertEquals(7, answers.answers(submitted).size());
        assertEquals(
                "Answer 1 😀",
                answers.answers(submitted)
                        .get(script.question(1).orElseThrow().getId())
                        .getText());
        assertEquals(5, answers.ratings(submitted).size());
        assertEquals("Jo Parent", submitted.getRespondentName());
        assertThrows(
                InterviewRuleException.class,
                () -> answers.saveAnswer(interview.getId(), 1, "too late", false, null, null));
    }

    @Test
    @DisplayName("A step's audit events are sealed in order under one locking read of the chain head")
    void auditEventsUnderOneLock() {
        interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, westTeam);
        Interview[] started = new Interview[1];
        List<String> sql = counter.statements(
                () -> started[0] = interviews.start(InterviewMode.IN_PERSON, Respondent.CARER, westTeam));

        List<String> onHead = sql.stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).contains("audit_chain"))
                .toList();
        assertEquals(2, onHead.size(), "the locking read and the head's update: " + onHead);
        assertTrue(onHead.get(0).toUpperCase(Locale.ROOT).contains("FOR UPDATE"), onHead.get(0));
        assertTrue(onHead.get(1).toUpperCase(Locale.ROOT).startsWith("UPDATE"), onHead.get(1));
        assertEquals(
                7,
                sql.stream()
                        .filter(s -> s.toUpperCase(Locale.ROOT).startsWith("INSERT INTO AUDIT_EVENT"))
                        .count());
        List<AuditEvent> events = audit.eventsOfInterview(started[0].getId());
        assertEquals(7, events.size());
        for (int i = 1; i < events.size(); i++) {
            assertEquals(events.get(i - 1).getSeq() + 1, events.get(i).getSeq(), "consecutive in the chain");
        }
        assertEquals(7, events.stream().map(AuditEvent::getId).distinct().count(), "each event has its own row");
        assertEquals(
                "IN_PERSON",
                audit.values(events)
                        .get(events.get(1).getId())
                        .get(AuditSlot.NEW)
                        .getValue(),
                "each event keeps its own value");
        AuditVerification verification = audit.verify(west.id());
        assertTrue(verification.isIntact(), verification.summary());
    }

    @Test
    @DisplayName("No answer can be stored before agreement is recorded")
    void consentGating() {
        Interview interview = interviews.start(InterviewMode.IN_PERSON, Respondent.CARER, null);
        InterviewRuleException refused = assertThrows(
                InterviewRuleException.class,
                () -> answers.saveAnswer(interview.getId(), 1, "Too early", false, null, null));
        assertEquals("interview.error.no-consent", refused.getMessageKey());
        assertThrows(InterviewRuleException.class, () -> answers.saveRatings(interview.getId(), 2, Map.of()));
        assertEquals(0, answers.answers(interviews.interview(interview.getId())).size());
    }

    @Test
    @DisplayName("Autosave and resume: the interview returns to the question with the text intact")
    void autosaveAndResume() {
        Interview interview = agreed(ParticipationChoice.ANONYMOUS);
        answers.saveAnswer(interview.getId(), 4, "Typed so far", false, "my note", null);
        Interview resumed = interviews.interview(interview.getId());
        assertEquals(Step.QUESTIONS, resumed.getCurrentStep());
        assertEquals(4, resumed.getCurrentQuestion());
        Answer answer = answers.answers(resumed)
                .get(interviews.script(resumed).question(4).orElseThrow().getId());
        assertEquals("Typed so far", answer.getText());
        assertEquals("my note", answer.getNote());
        assertNull(resumed.getRespondentName(), "anonymous: no names");
        assertNull(resumed.getSocialWorkerName(), "anonymous: no names");
    }

    @Test
    @DisplayName("Two tabs: a save based on an old version is refused with what is saved")
    void optimisticLock() {
        Interview interview = agreed(ParticipationChoice.SOCIAL_WORKER_ONLY);
        long first = answers.saveAnswer(interview.getId(), 1, "Tab A", false, null, null)
                .getVersion();
        long second = answers.saveAnswer(interview.getId(), 1, "Tab A again", false, null, first)
                .getVersion();
        AnswerConflictException conflict = assertThrows(
                AnswerConflictException.class,
                () -> answers.saveAnswer(interview.getId(), 1, "Tab B", false, null, first));
        assertEquals("Tab A again", conflict.getSavedText());
        assertEquals(second, conflict.getSavedVersion());
    }

    @Test
    @DisplayName("Two tabs on a new question: a save that expected no answer is refused once one exists")
    void conflictOnNewQuestion() {
        Interview interview = agreed(ParticipationChoice.ANONYMOUS);
        long first = answers.saveAnswer(interview.getId(), 2, "Tab A", false, null, AnswerService.NO_ANSWER)
                .getVersion();
        AnswerConflictException conflict = assertThrows(
                AnswerConflictException.class,
                () -> answers.saveAnswer(interview.getId(), 2, "Tab B", false, null, AnswerService.NO_ANSWER));
        assertEquals("Tab A", conflict.getSavedText());
        assertEquals(first, conflict.getSavedVersion());
        assertThrows(
                AnswerConflictException.class,
                () -> answers.saveAnswer(interview.getId(), 2, "Tab C", false, null, null),
                "no version is no answer seen, not \"skip the check\"");
        assertThrows(
                AnswerConflictException.class,
                () -> answers.saveAnswer(interview.getId(), 3, "Tab D", false, null, 4L),
                "a version of an answer that does not exist");
    }

    @Test
    @DisplayName("A form's CRLF and the autosave's LF store the same text: one audit event, not two")
    void oneNormalFormOnEveryPath() {
        Interview interview = agreed(ParticipationChoice.ANONYMOUS);
        long version = answers.saveAnswer(interview.getId(), 4, "Line one\nLine two\u0000", false, null, null)
                .getVersion();
        Answer again =
                answers.save(interview.getId(), 4, new TypedAnswer("Line one\r\nLine two", false, null, version), null);
        assertEquals("Line one\nLine two", again.getText());
        assertEquals(
                "question.error.declined-with-text",
                assertThrows(
                                InterviewRuleException.class,
                                () -> answers.saveAnswer(interview.getId(), 4, "words", true, null, again.getVersion()))
                        .getMessageKey());
        TestCallerContext.actAs(westSupervisor);
        long saves = history.timeline(interview.getId()).stream()
                .filter(e -> e.getAction() == AuditAction.ANSWER_SAVED)
                .count();
        assertEquals(1, saves, "the second save changed nothing");
    }

    @Test
    @DisplayName("Another organisation's interview, or a colleague's, is not found")
    void isolation() {
        Interview interview = agreed(ParticipationChoice.NAMED);
        TestCallerContext.actAs(eastInterviewer);
        assertThrows(NotFoundException.class, () -> interviews.interview(interview.getId()));
        assertThrows(
                NotFoundException.class,
                () -> answers.saveAnswer(interview.getId(), 1, "intrusion", false, null, null));
        assertThrows(
                NotFoundException.class,
                () -> interviews.start(InterviewMode.TELEPHONE, Respondent.PARENT, westTeam),
                "a team of another organisation");
        TestCallerContext.actAs(westColleague);
        assertThrows(
                NotFoundException.class,
                () -> answers.saveAnswer(interview.getId(), 1, "colleague", false, null, null));
    }

    @Test
    @DisplayName("A declined statement keeps only the statement version, time, interviewer and mode")
    void declined() throws Exception {
        Interview interview = interviews.start(InterviewMode.TELEPHONE, Respondent.KINSHIP_CARER, westTeam);
        consent.record(new ConsentDecision(
                interview.getId(),
                consent.statementFor(interview).getId(),
                true,
                false,
                null,
                "Jo Parent",
                "Sam Worker"));
        try (Connection db = TestData.connection();
                PreparedStatement query = db.prepareStatement("SELECT status, respondent, team_id, respondent_name,"
                        + " social_worker_name, choice, mode, interviewer_id FROM interview WHERE id = ?")) {
            query.setLong(1, interview.getId());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals("DECLINED", row.getString("status"));
                assertNull(row.getString("respondent"));
                assertNull(row.getObject("team_id"));
                assertNull(row.getString("respondent_name"));
                assertNull(row.getString("social_worker_name"));
                assertNull(row.getString("choice"));
                assertEquals("TELEPHONE", row.getString("mode"));
                assertEquals(westInterviewer.getStaffId(), row.getLong("interviewer_id"));
            }
        }
        var records =
                consent.latestConsent(interviews.interview(interview.getId())).orElseThrow();
        assertFalse(records.isAgreed());
        assertNull(records.getChoice());
    }

    @Test
    @DisplayName("Stopping and discarding erases the family's words")
    void stopAndDiscard() {
        Interview interview = agreed(ParticipationChoice.NAMED);
        answers.saveAnswer(interview.getId(), 1, "Something said", false, "note", null);
        closing.stop(interview.getId(), false);
        Interview stopped = interviews.interview(interview.getId());
        assertEquals(InterviewStatus.STOPPED_DISCARDED, stopped.getStatus());
        assertNull(stopped.getRespondentName());
        answers.answers(stopped).values().forEach(a -> assertNull(a.getText()));
    }

    @Test
    @DisplayName("A supervisor corrects a submitted answer only with a reason; the old value is logged")
    void correction() {
        Interview interview = agreed(ParticipationChoice.NAMED);
        answers.saveAnswer(interview.getId(), 6, "Original words", false, null, null);
        closing.submit(interview.getId());
        assertThrows(
                NotFoundException.class,
                () -> corrections.correctAnswer(interview.getId(), 6, "Changed", "typo"),
                "not a supervisor");
        TestCallerContext.actAs(westSupervisor);
        assertEquals(
                "correction.error.reason-required",
                assertThrows(
                                InterviewRuleException.class,
                                () -> corrections.correctAnswer(interview.getId(), 6, "Changed", " "))
                        .getMessageKey());
        corrections.correctAnswer(interview.getId(), 6, "Corrected words", "Transcription error confirmed by family");
        var corrections = history.timeline(interview.getId()).stream()
                .filter(e -> e.getAction() == AuditAction.ANSWER_CORRECTED)
                .toList();
        assertEquals(1, corrections.size());
        assertEquals("answer.q6.text", corrections.get(0).getField());
        assertEquals("Original words", corrections.get(0).getOldValue());
        assertEquals("Corrected words", corrections.get(0).getNewValue());
        assertEquals(
                "Transcription error confirmed by family", corrections.get(0).getReason());
        assertEquals(westSupervisor.getDisplayName(), corrections.get(0).getActorName());
    }

    @Test
    @DisplayName("An answer and its ratings are saved together, or not at all")
    void answerWithRatings() {
        Interview interview = agreed(ParticipationChoice.ANONYMOUS);
        Question ratings = interviews.script(interview).getQuestions().stream()
                .filter(Question::isRatings)
                .findFirst()
                .orElseThrow();
        long statement = ratings.getRatingStatements().get(0).getId();
        assertThrows(
                InterviewRuleException.class,
                () -> answers.save(
                        interview.getId(),
                        ratings.getNumber(),
                        new TypedAnswer("x".repeat(Answer.TEXT_MAX + 1), false, null, null),
                        Map.of(statement, 4)));
        Interview refused = interviews.interview(interview.getId());
        assertTrue(answers.ratings(refused).isEmpty(), "the rating went with the refused answer");
        assertNull(answers.answers(refused).get(ratings.getId()));

        answers.save(
                interview.getId(),
                ratings.getNumber(),
                new TypedAnswer("Both saved", false, null, null),
                Map.of(statement, 4));
        Interview saved = interviews.interview(interview.getId());
        assertEquals(4, answers.ratings(saved).get(statement));
        assertEquals("Both saved", answers.answers(saved).get(ratings.getId()).getText());
    }

    @Test
    @DisplayName("Over-long answers and off-scale ratings are refused, nothing stored wrongly")
    void badInput() {
        Interview interview = agreed(ParticipationChoice.ANONYMOUS);
        assertThrows(
                InterviewRuleException.class,
                () -> answers.saveAnswer(interview.getId(), 1, "x".repeat(1_000_000), false, null, null));
        Question ratings = interviews.script(interview).getQuestions().stream()
                .filter(Question::isRatings)
                .findFirst()
                .orElseThrow();
        long statement = ratings.getRatingStatements().get(0).getId();
        for (int bad : new int[] {0, 6, -1}) {
            assertThrows(
                    InterviewRuleException.class,
                    () -> answers.saveRatings(interview.getId(), ratings.getNumber(), Map.of(statement, bad)));
        }
        assertTrue(answers.ratings(interviews.interview(interview.getId())).isEmpty());
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>\nERROR fake log line\u202E\u200B";
        answers.saveAnswer(interview.getId(), 1, hostile, false, null, null);
        assertEquals(
                hostile,
                answers.answers(interviews.interview(interview.getId()))
                        .get(interviews
                                .script(interview)
                                .question(1)
                                .orElseThrow()
                                .getId())
                        .getText());
    }
}
