package org.heard.domain.model.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.script.ScriptStatus;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.shared.InterviewRuleException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-11-22T10:05:00.123456Z");

    static <T> T with(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Interview interview(InterviewMode mode) {
        Interview interview = new Interview(
                1L, "BH-2026-0001", 3L, 7L, InterviewerKind.EXPERT_BY_EXPERIENCE, mode, Respondent.PARENT, 11L, T0);
        return with(interview, "id", 100L);
    }

    static ConfidentialityStatement statement(ScriptStatus status) {
        try {
            var constructor = ConfidentialityStatement.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            ConfidentialityStatement statement = constructor.newInstance();
            with(statement, "id", 5L);
            with(statement, "version", 2);
            with(statement, "text", "We keep what you say safe.");
            with(statement, "sha256", ConfidentialityStatement.sha256Of("We keep what you say safe."));
            return with(statement, "status", status);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("A choice that names someone needs that name: refused by the field, and the interview unchanged")
    void namesRequired() {
        String[][] cases = {
            {"NAMED", "  ", "Sam Worker", "statement.error.respondent-name-missing", "respondentName"},
            {"NAMED", null, "Sam Worker", "statement.error.respondent-name-missing", "respondentName"},
            {"NAMED", "Jo Parent", "", "statement.error.social-worker-name-missing", "socialWorkerName"},
            {"SOCIAL_WORKER_ONLY", null, " ", "statement.error.social-worker-name-missing", "socialWorkerName"},
        };
        for (String[] c : cases) {
            Interview interview = interview(InterviewMode.TELEPHONE);
            InterviewRuleException refused = assertThrows(
                    InterviewRuleException.class,
                    () -> ConsentRecord.record(
                            interview,
                            statement(ScriptStatus.PUBLISHED),
                            true,
                            true,
                            ParticipationChoice.valueOf(c[0]),
                            c[1],
                            c[2],
                            7L,
                            T1,
                            null));
            assertEquals(c[3], refused.getMessageKey(), String.join("/", c[0], String.valueOf(c[1])));
            assertEquals(c[4], refused.getField());
            assertEquals(InterviewStatus.STARTED, interview.getStatus(), "nothing applied");
            assertEquals(null, interview.getFamilyKey(), "no follow-up key without a name");
        }
        // Declining needs no name, and staying anonymous none.
        ConsentRecord.record(
                interview(InterviewMode.TELEPHONE),
                statement(ScriptStatus.PUBLISHED),
                true,
                false,
                ParticipationChoice.NAMED,
                null,
                null,
                7L,
                T1,
                null);
        ConsentRecord.record(
                interview(InterviewMode.TELEPHONE),
                statement(ScriptStatus.PUBLISHED),
                true,
                true,
                ParticipationChoice.ANONYMOUS,
                null,
                null,
                7L,
                T1,
                null);
    }

    @Test
    @DisplayName("No answer can be written before the family's agreement is recorded")
    void gating() {
        Interview interview = interview(InterviewMode.TELEPHONE);
        InterviewRuleException refused = assertThrows(InterviewRuleException.class, interview::requireOpenForAnswers);
        assertEquals("interview.error.no-consent", refused.getMessageKey());

        ConsentRecord.record(
                interview,
                statement(ScriptStatus.PUBLISHED),
                true,
                true,
                ParticipationChoice.ANONYMOUS,
                null,
                null,
                7L,
                T1,
                null);
        interview.requireOpenForAnswers();
        assertEquals(InterviewStatus.IN_PROGRESS, interview.getStatus());
        assertEquals(Step.QUESTIONS, interview.getCurrentStep());
    }

    @Test
    @DisplayName("The record holds who, when, how, the statement version's hash, and the choice")
    void recordContents() {
        Interview interview = interview(InterviewMode.IN_PERSON);
        ConfidentialityStatement statement = statement(ScriptStatus.PUBLISHED);
        ConsentRecord record = ConsentRecord.record(
                interview,
                statement,
                true,
                true,
                ParticipationChoice.SOCIAL_WORKER_ONLY,
                "Jo Parent",
                "Sam Worker",
                7L,
                T1,
                null);
        assertEquals(100L, record.getInterviewId());
        assertEquals(5L, record.getStatementId());
        assertEquals(statement.getSha256(), record.getStatementSha256());
        assertEquals(ConsentMethod.READ_ALOUD_IN_PERSON, record.getMethod());
        assertEquals(ParticipationChoice.SOCIAL_WORKER_ONLY, record.getChoice());
        assertEquals(7L, record.getRecordedBy());
        assertEquals(T1, record.getRecordedAt());
        assertTrue(record.isAgreed());
        assertTrue(record.isStatementRead());
        assertNull(record.getReplacesId());
    }

    @Test
    @DisplayName("Anonymous: no name is kept anywhere; social worker only: no family name")
    void choiceRules() {
        Interview anonymous = interview(InterviewMode.TELEPHONE);
        ConsentRecord.record(
                anonymous,
                statement(ScriptStatus.PUBLISHED),
                true,
                true,
                ParticipationChoice.ANONYMOUS,
                "Jo Parent",
                "Sam Worker",
                7L,
                T1,
                null);
        assertNull(anonymous.getRespondentName());
        assertNull(anonymous.getSocialWorkerName());

        Interview workerOnly = interview(InterviewMode.TELEPHONE);
        ConsentRecord.record(
                workerOnly,
                statement(ScriptStatus.PUBLISHED),
                true,
                true,
                ParticipationChoice.SOCIAL_WORKER_ONLY,
                "Jo Parent",
                " Sam Worker ",
                7L,
                T1,
                null);
        assertNull(workerOnly.getRespondentName());
        assertEquals("Sam Worker", workerOnly.getSocialWorkerName());

        Interview named = interview(InterviewMode.TELEPHONE);
        ConsentRecord.record(
                named,
                statement(ScriptStatus.PUBLISHED),
                true,
                true,
                ParticipationChoice.NAMED,
                "Jo Parent 😀",
                "Sam Worker",
                7L,
                T1,
                null);
        assertEquals("Jo Parent 😀", named.getRespondentName());
        assertEquals("Sam Worker", named.getSocialWorkerName());
    }

    @Test
    @DisplayName("Declining ends the interview and keeps only the declined statement's facts")
    void declined() {
        Interview interview = interview(InterviewMode.TELEPHONE);
        ConsentRecord record = ConsentRecord.record(
                interview,
                statement(ScriptStatus.PUBLISHED),
                true,
                false,
                ParticipationChoice.NAMED,
                "Jo Parent",
                "Sam Worker",
                7L,
                T1,
                null);
        assertFalse(record.isAgreed());
        assertNull(record.getChoice());
        assertEquals(InterviewStatus.DECLINED, interview.getStatus());
        assertNull(interview.getRespondentName());
        assertNull(interview.getSocialWorkerName());
        assertNull(interview.getRespondent());
        assertNull(interview.getTeamId());
        assertEquals(InterviewMode.TELEPHONE, interview.getMode());
        assertThrows(InterviewRuleException.class, interview::requireOpenForAnswers);
    }

    @Test
    @DisplayName("Nothing is pre-selected: the statement must be read and both answers given")
    void requiredAnswers() {
        ConfidentialityStatement statement = statement(ScriptStatus.PUBLISHED);
        assertEquals(
                "statement.error.not-read",
                assertThrows(
                                InterviewRuleException.class,
                                () -> ConsentRecord.record(
                                        interview(InterviewMode.TELEPHONE),
                                        statement,
                                        false,
                                        true,
                                        ParticipationChoice.ANONYMOUS,
                                        null,
                                        null,
                                        7L,
                                        T1,
                                        null))
                        .getMessageKey());
        assertEquals(
                "statement.error.no-answer",
                assertThrows(
                                InterviewRuleException.class,
                                () -> ConsentRecord.record(
                                        interview(InterviewMode.TELEPHONE),
                                        statement,
                                        true,
                                        null,
                                        ParticipationChoice.ANONYMOUS,
                                        null,
                                        null,
                                        7L,
                                        T1,
                                        null))
                        .getMessageKey());
        assertEquals(
                "statement.error.no-choice",
                assertThrows(
                                InterviewRuleException.class,
                                () -> ConsentRecord.record(
                                        interview(InterviewMode.TELEPHONE),
                                        statement,
                                        true,
                                        true,
                                        null,
                                        null,
                                        null,
                                        7L,
                                        T1,
                                        null))
                        .getMessageKey());
        assertEquals(
                "statement.error.not-published",
                assertThrows(
                                InterviewRuleException.class,
                                () -> ConsentRecord.record(
                                        interview(InterviewMode.TELEPHONE),
                                        statement(ScriptStatus.DRAFT),
                                        true,
                                        true,
                                        ParticipationChoice.ANONYMOUS,
                                        null,
                                        null,
                                        7L,
                                        T1,
                                        null))
                        .getMessageKey());
    }

    @Test
    @DisplayName("A changed choice is a new record pointing to the one it replaces")
    void replacement() {
        Interview interview = interview(InterviewMode.TELEPHONE);
        ConsentRecord first = with(
                ConsentRecord.record(
                        interview,
                        statement(ScriptStatus.PUBLISHED),
                        true,
                        true,
                        ParticipationChoice.NAMED,
                        "Jo",
                        "Sam",
                        7L,
                        T0,
                        null),
                "id",
                40L);
        ConsentRecord second = ConsentRecord.record(
                interview,
                statement(ScriptStatus.PUBLISHED),
                true,
                true,
                ParticipationChoice.ANONYMOUS,
                null,
                null,
                7L,
                T1,
                first);
        assertEquals(40L, second.getReplacesId());
        assertEquals(ParticipationChoice.NAMED, first.getChoice(), "the first record is unchanged");
        assertNull(interview.getRespondentName(), "names go when the family becomes anonymous");
    }

    @Test
    @DisplayName("Submitting twice changes nothing the second time; a submitted interview is locked")
    void idempotentSubmit() {
        Interview interview = interview(InterviewMode.TELEPHONE);
        ConsentRecord.record(
                interview,
                statement(ScriptStatus.PUBLISHED),
                true,
                true,
                ParticipationChoice.ANONYMOUS,
                null,
                null,
                7L,
                T0,
                null);
        assertTrue(interview.submit(T1));
        assertFalse(interview.submit(T1.plusSeconds(5)));
        assertEquals(T1, interview.getSubmittedAt());
        assertThrows(InterviewRuleException.class, interview::requireOpenForAnswers);
    }

    @Test
    @DisplayName("Answers are refused whole when too long, and ratings off the scale are refused")
    void answerLimits() {
        Answer answer = new Answer(100L, 1L);
        assertThrows(
                InterviewRuleException.class, () -> answer.write("x".repeat(Answer.TEXT_MAX + 1), false, null, 7L, T1));
        answer.write("<script>alert(1)</script>\u202E 😀", false, "note", 7L, T1);
        assertEquals("<script>alert(1)</script>\u202E 😀", answer.getText(), "stored exactly as typed");
        AnswerRating rating = new AnswerRating(100L, 9L);
        for (int bad : new int[] {0, 6, -1}) {
            assertThrows(InterviewRuleException.class, () -> rating.rate(bad));
        }
        rating.rate(3);
        assertEquals(3, rating.getValue());
        rating.rate(null);
        assertNull(rating.getValue());
    }
}
