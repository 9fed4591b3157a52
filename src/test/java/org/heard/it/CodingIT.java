package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.heard.application.quality.CodingService;
import org.heard.application.quality.ThemingQuery;
import org.heard.application.shared.InterviewAccessException;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemeTag;
import org.heard.domain.shared.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Coding answers with themes: every refusal of a tag, blind coding, a withdrawal removing
 * the analysts' tags with the answers, no name in what analysts are given, and another
 * organisation's analyst seeing none of it.
 */
class CodingIT extends ThemingTestBase {

    @Test
    @DisplayName("A family's withdrawal removes the analysts' tags and codings of their answers with the answers")
    void withdrawalRemovesTags() {
        TestCallerContext.actAs(dee);
        Theme trust = theme("Trust");
        TestData.Interview tagged = interview("Tess Parent", "Wes Worker", "We trusted her");
        long answer = answers(tagged.id()).get(0);
        coding.tag(answer, List.of(trust.getId()), null, null);
        coding.markCoded(answer);
        assertEquals(1L, count("SELECT COUNT(*) FROM qa_theme_tag WHERE interview_id = ?", tagged.id()));
        assertEquals(1L, count("SELECT COUNT(*) FROM qa_coding WHERE interview_id = ?", tagged.id()));

        TestCallerContext.actAs(westSupervisor);
        withdrawals.withdraw(
                tagged.id(),
                WithdrawalRequester.RESPONDENT,
                WithdrawalMethod.TELEPHONE,
                java.time.LocalDate.now(org.heard.application.shared.ClockProducer.ZONE));

        assertEquals(0L, count("SELECT COUNT(*) FROM qa_theme_tag WHERE interview_id = ?", tagged.id()));
        assertEquals(0L, count("SELECT COUNT(*) FROM qa_coding WHERE interview_id = ?", tagged.id()));
        assertEquals(0L, count("SELECT COUNT(*) FROM answer WHERE interview_id = ?", tagged.id()));
    }

    private static long count(String query, long id) {
        try (Connection db = TestData.admin();
                PreparedStatement select = db.prepareStatement(query)) {
            select.setLong(1, id);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("A tag is refused on another organisation's answer, a withdrawn, erased or unsubmitted"
            + " interview, an unknown or foreign theme, a passage out of range, and once the answer is coded")
    void tagRefusals() {
        TestCallerContext.actAs(cal);
        Theme trust = theme("Trust");
        TestData.Interview open = interview("Rae Parent", "Wyn Worker", "We got on well");
        long answer = answers(open.id()).get(0);
        String words = "We got on well (question 1)";

        TestData.Interview withdrawn = interview("Rae Parent", "Wyn Worker", "Withdrawn words");
        sql("UPDATE interview SET status = 'WITHDRAWN' WHERE id = ?", withdrawn.id());
        TestData.Interview erased = interview("Rae Parent", "Wyn Worker", "Erased words");
        sql(
                "UPDATE interview SET retained_at = CURRENT_TIMESTAMP(6), retention_action = 'ERASE' WHERE id = ?",
                erased.id());
        TestData.Interview underWay = interview("Rae Parent", "Wyn Worker", "Still talking");
        sql("UPDATE interview SET status = 'IN_PROGRESS', submitted_at = NULL WHERE id = ?", underWay.id());
        TestData.Staff eastInterviewer = TestData.staff(east, "Erin Interviewer", "PRACTITIONER", "INTERVIEWER");
        TestData.Interview foreign =
                TestData.interview(east, eastInterviewer).words("East words").submit();
        TestCallerContext.actAs(eastAnalyst);
        Theme eastTheme = theme("East only");
        TestCallerContext.actAs(cal);

        List<Long> themes = List.of(trust.getId());
        assertThrows(
                NotFoundException.class, () -> coding.tag(answers(foreign.id()).get(0), themes, null, null));
        assertThrows(NotFoundException.class, () -> coding.tag(Long.MAX_VALUE, themes, null, null));
        assertEquals(
                "qa.coding.error.withdrawn",
                refusal(() -> coding.tag(answers(withdrawn.id()).get(0), themes, null, null)));
        assertEquals(
                "qa.coding.error.retained",
                refusal(() -> coding.tag(answers(erased.id()).get(0), themes, null, null)));
        assertEquals(
                "qa.coding.error.not-submitted",
                refusal(() -> coding.tag(answers(underWay.id()).get(0), themes, null, null)));
        assertEquals("qa.coding.error.theme", refusal(() -> coding.tag(answer, List.of(Long.MAX_VALUE), null, null)));
        assertEquals(
                "qa.coding.error.theme", refusal(() -> coding.tag(answer, List.of(eastTheme.getId()), null, null)));
        assertEquals("qa.coding.error.theme-required", refusal(() -> coding.tag(answer, List.of(), null, null)));
        assertEquals("qa.coding.error.passage", refusal(() -> coding.tag(answer, themes, 0, words.length() + 1)));
        assertEquals("qa.coding.error.passage", refusal(() -> coding.tag(answer, themes, 5, 5)));
        assertEquals("qa.coding.error.passage", refusal(() -> coding.tag(answer, themes, 3, null)));
        assertEquals(
                "qa.coding.error.withdrawn",
                refusal(() -> coding.markCoded(answers(withdrawn.id()).get(0))));

        List<ThemeTag> tagged = coding.tag(answer, themes, 3, words.length());
        assertEquals(1, tagged.size());
        assertEquals(0, coding.tag(answer, themes, 3, words.length()).size(), "the same tag is not doubled");
        TestCallerContext.actAs(dee);
        assertThrows(
                NotFoundException.class, () -> coding.removeTag(tagged.get(0).getId()), "only one's own tags");
        TestCallerContext.actAs(cal);
        coding.markCoded(answer);
        assertEquals("qa.coding.error.already-coded", refusal(() -> coding.tag(answer, themes, null, null)));
        assertEquals(
                "qa.coding.error.already-coded",
                refusal(() -> coding.removeTag(tagged.get(0).getId())));
        assertEquals("qa.coding.error.already-coded", refusal(() -> coding.markCoded(answer)));

        List<String> tagAudit = audited("qa-theme-tag", tagged.get(0).getId());
        assertTrue(tagAudit.contains("QA_TAG_ADDED:theme"), tagAudit.toString());
        assertTrue(tagAudit.contains("QA_TAG_ADDED:passage"), tagAudit.toString());
        assertTrue(audited("answer", answer).contains("QA_ANSWER_CODED:tags"));
    }

    @Test
    @DisplayName(
            "Coding is blind: others' tags are hidden until the analyst marks the answer coded; own tags can be removed")
    void blindCoding() {
        TestCallerContext.actAs(dee);
        Theme safe = theme("Safe");
        TestData.Interview one = interview("Noa Parent", "Kit Worker", "I felt safe with her");
        long answer = answers(one.id()).get(0);
        ThemeTag deeTag = coding.tag(answer, List.of(safe.getId()), null, null).get(0);
        coding.markCoded(answer);

        TestCallerContext.actAs(cal);
        ThemeTag mine = coding.tag(answer, List.of(safe.getId()), 0, 6).get(0);
        CodingService.CodingAnswer before = find(answer);
        assertEquals(1, before.ownTags().size());
        assertTrue(before.otherTags().isEmpty(), "others' tags hidden before coding");
        coding.removeTag(mine.getId());
        assertTrue(find(answer).ownTags().isEmpty());
        assertTrue(audited("qa-theme-tag", mine.getId()).contains("QA_TAG_REMOVED:theme"));
        coding.markCoded(answer);
        CodingService.CodingAnswer after = find(answer);
        assertTrue(after.coded());
        assertEquals(1, after.otherTags().size(), "shown once coded");
        assertEquals("Dee Analyst", after.otherTags().get(0).coder());
        assertEquals(deeTag.getId(), after.otherTags().get(0).id());
    }

    private CodingService.CodingAnswer find(long answerId) {
        for (int page = 0; ; page++) {
            CodingService.Page shown = coding.answers(new ThemingQuery.AnswerFilter(null, null, null, null), page);
            for (CodingService.CodingAnswer a : shown.answers()) {
                if (a.answerId() == answerId) {
                    return a;
                }
            }
            if (page + 1 >= shown.pages()) {
                throw new AssertionError("answer " + answerId + " not listed");
            }
        }
    }

    @Test
    @DisplayName("Analysts are given no name, reference or interviewer: not in answers, passages or tags")
    void noNamesInWhatAnalystsGet() {
        TestCallerContext.actAs(dee);
        Theme listened = theme("Listened");
        String respondent = "Farah Khanzada";
        String worker = "Sami Okonkwo";
        TestData.Interview named =
                interview(respondent, worker, "Farah Khanzada here. Sami Okonkwo listened; sami always calls back");
        long answer = answers(named.id()).get(0);
        coding.tag(answer, List.of(listened.getId()), 0, 30);
        CodingService.CodingAnswer shown = find(answer);
        String everything = shown.toString();
        for (String forbidden :
                List.of("Farah", "Khanzada", "Sami", "sami", "Okonkwo", named.reference(), interviewer.displayName())) {
            assertFalse(everything.contains(forbidden), forbidden + " in " + everything);
        }
        assertTrue(shown.ownTags().get(0).passage().startsWith("[name] here. [name]"), shown.toString());
        String words = shown.words().stream().map(CodingService.Shown::text).collect(Collectors.joining());
        assertTrue(words.contains("[name] listened; [name] always calls back"), words);
        assertEquals("EXPERT_BY_EXPERIENCE", shown.interviewerKind().name());
    }

    @Test
    @DisplayName("Another organisation's analyst sees none of it and cannot tag it; other roles cannot use it")
    void isolation() {
        TestCallerContext.actAs(dee);
        Theme mine = theme("West only");
        TestData.Interview one = interview("Uma Parent", "Val Worker", "West words");
        long answer = answers(one.id()).get(0);
        TestCallerContext.actAs(eastAnalyst);
        CodingService.Page eastPage = coding.answers(new ThemingQuery.AnswerFilter(null, null, null, null), 0);
        assertTrue(eastPage.answers().stream().noneMatch(a -> a.answerId() == answer));
        assertThrows(NotFoundException.class, () -> coding.tag(answer, List.of(mine.getId()), null, null));
        assertThrows(NotFoundException.class, () -> coding.markCoded(answer));
        assertTrue(counts.byQuarter().rows().stream().noneMatch(r -> r.theme().equals(mine.getName())));
        assertThrows(NotFoundException.class, () -> codebook.impact(mine.getId()));
        TestCallerContext.actAs(westSupervisor);
        assertThrows(
                InterviewAccessException.class,
                () -> coding.answers(new ThemingQuery.AnswerFilter(null, null, null, null), 0));
        assertThrows(InterviewAccessException.class, () -> codebook.codebook());
        assertThrows(InterviewAccessException.class, () -> counts.byQuarter());
    }
}
