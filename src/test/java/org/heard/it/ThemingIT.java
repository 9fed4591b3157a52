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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.heard.application.administration.PlatformAdministration;
import org.heard.application.quality.ActionLogService;
import org.heard.application.quality.AgreementService;
import org.heard.application.quality.CodebookService;
import org.heard.application.quality.CodingService;
import org.heard.application.quality.ThemeCountService;
import org.heard.application.quality.ThemingQuery;
import org.heard.application.shared.Caller;
import org.heard.application.shared.InterviewAccessException;
import org.heard.application.supervision.WithdrawalService;
import org.heard.domain.model.interview.WithdrawalMethod;
import org.heard.domain.model.interview.WithdrawalRequester;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.quality.CohenKappa;
import org.heard.domain.model.quality.Quarter;
import org.heard.domain.model.quality.StarterCodebook;
import org.heard.domain.model.quality.TagFate;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.model.quality.ThemeTag;
import org.heard.domain.model.quality.ThemingException;
import org.heard.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Theming free text inside Payara against MariaDB: the codebook and its rules, deleting
 * a theme in use both ways, every refusal of a tag, blind coding, Cohen's kappa from
 * tags stored in the database (the textbook example), theme counts with small-number
 * suppression, organisation isolation, no name in what analysts are given, the starting
 * codebook of a new organisation, and the audit trail.
 */
class ThemingIT extends InContainerTest {

    private static TestData.Org west;
    private static TestData.Org east;
    private static long westTeam;
    private static TestData.Staff interviewer;
    private static Caller ada;
    private static Caller bea;
    private static Caller cal;
    private static Caller dee;
    private static Caller eastAnalyst;
    private static Caller westSupervisor;
    private static Caller platformAdmin;
    private static List<Long> kappaAnswers;

    @Inject
    private CodebookService codebook;

    @Inject
    private CodingService coding;

    @Inject
    private AgreementService agreements;

    @Inject
    private ThemeCountService counts;

    @Inject
    private ActionLogService actions;

    @Inject
    private PlatformAdministration platform;

    @Inject
    private WithdrawalService withdrawals;

    @BeforeEach
    void arrange() {
        if (west == null) {
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

    private static Caller analyst(TestData.Org org, String name) {
        return TestData.staffCaller(org, name, Role.QA_ANALYST);
    }

    private static TestData.Interview interview(String respondent, String worker, String words) {
        return TestData.interview(west, interviewer)
                .team(westTeam)
                .named(respondent, worker)
                .words(words)
                .submit();
    }

    /** The ids of the interview's answers (questions 1 and 3), in order. */
    private static List<Long> answers(long interviewId) {
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

    private static void sql(String statement, Object... values) {
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

    private static List<String> audited(String entityType, long entityId) {
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

    private static String refusal(Executable change) {
        return assertThrows(ThemingException.class, change).getMessageKey();
    }

    private Theme theme(String name) {
        return codebook.create(name + " " + TestData.randomLetters(4), "For the theming test", null);
    }

    private long tagCount(long themeId) {
        return codebook.codebook().stream()
                .filter(t -> t.id() == themeId)
                .findFirst()
                .orElseThrow()
                .tags();
    }

    @Test
    @DisplayName("The codebook: unique names, required descriptions, parents without cycles, crossed edits refused")
    void codebookRules() {
        Theme parent = codebook.create("Relationship", "How the relationship felt", null);
        Theme child = codebook.create("Warmth", "Warmth and kindness", parent.getId());
        assertTrue(codebook.codebook().stream()
                .anyMatch(t -> t.id() == child.getId() && "Relationship".equals(t.parentName())));

        assertEquals("qa.themes.error.name-required", refusal(() -> codebook.create(" ", "d", null)));
        assertEquals("qa.themes.error.description-required", refusal(() -> codebook.create("New", "", null)));
        assertEquals("qa.themes.error.name-taken", refusal(() -> codebook.create("relationship", "Another", null)));
        assertEquals(
                "qa.themes.error.name-too-long",
                refusal(() -> codebook.create("x".repeat(Theme.NAME_MAX + 1), "d", null)));
        assertEquals(
                "qa.themes.error.parent-cycle",
                refusal(() -> codebook.change(
                        parent.getId(), parent.getVersion(), "Relationship", "How it felt", child.getId())));
        assertEquals(
                "qa.themes.error.parent-cycle",
                refusal(() -> codebook.change(
                        parent.getId(), parent.getVersion(), "Relationship", "How it felt", parent.getId())));

        TestCallerContext.actAs(eastAnalyst);
        Theme eastTheme = codebook.create("Relationship", "East's own, same name allowed", null);
        assertTrue(codebook.codebook().stream().noneMatch(t -> t.id() == parent.getId()), "own codebook only");
        assertThrows(NotFoundException.class, () -> codebook.theme(parent.getId()));
        TestCallerContext.actAs(ada);
        assertEquals(
                "qa.themes.error.parent", refusal(() -> codebook.create("Foreign parent", "d", eastTheme.getId())));

        Theme renamed = codebook.change(child.getId(), child.getVersion(), "Warmth and care", "Warmth", null);
        assertNull(renamed.getParentId());
        assertEquals(
                "qa.themes.error.changed-elsewhere",
                refusal(() -> codebook.change(child.getId(), child.getVersion(), "Stale", "Stale", null)));
        assertEquals("Warmth and care", codebook.theme(child.getId()).getName(), "nothing changed");
        assertEquals(
                "qa.themes.error.name-taken",
                refusal(() -> codebook.change(renamed.getId(), renamed.getVersion(), "RELATIONSHIP", "d", null)));

        List<String> audit = audited("qa-theme", child.getId());
        assertTrue(audit.contains("QA_THEME_CREATED:name"), audit.toString());
        assertTrue(audit.contains("QA_THEME_CHANGED:name"), audit.toString());
        assertTrue(audit.contains("QA_THEME_CHANGED:description"), audit.toString());
        assertTrue(audit.contains("QA_THEME_CHANGED:parent"), audit.toString());
    }

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
    @DisplayName("Kappa from tags and codings stored in the database equals the textbook example's 0.4")
    void kappaFromStoredTags() {
        Theme k = theme("Kappa");
        Theme unused = theme("Never used");
        List<Long> ids = kappaAnswers();
        // 50 answers: both tag 0-19, only Ada 20-24, only Bea 25-34, neither 35-49.
        for (int i = 0; i < 25; i++) {
            coding.tag(ids.get(i), List.of(k.getId()), null, null);
        }
        TestCallerContext.actAs(bea);
        for (int i = 0; i < 35; i++) {
            if (i < 20 || i >= 25) {
                coding.tag(ids.get(i), List.of(k.getId()), i % 2 == 0 ? null : 0, i % 2 == 0 ? null : 4);
            }
        }
        ids.forEach(coding::markCoded);
        TestCallerContext.actAs(ada);
        ids.forEach(coding::markCoded);

        List<AgreementService.Agreement> agreement = agreements.agreement(ada.getStaffId(), bea.getStaffId());
        AgreementService.Agreement onK = agreement.stream()
                .filter(a -> a.theme().equals(k.getName()))
                .findFirst()
                .orElseThrow();
        assertFalse(onK.suppressed());
        assertEquals(25, onK.interviews());
        assertEquals(new CohenKappa(20, 5, 10, 15), onK.counts());
        assertEquals(0.7, onK.counts().observedAgreement(), 1e-12);
        assertEquals(0.4, onK.counts().kappa().orElseThrow(), 1e-12);
        AgreementService.Agreement onUnused = agreement.stream()
                .filter(a -> a.theme().equals(unused.getName()))
                .findFirst()
                .orElseThrow();
        assertEquals(new CohenKappa(0, 0, 0, 50), onUnused.counts());
        assertTrue(onUnused.counts().kappa().isEmpty(), "undefined: both always chose 'no'");

        assertTrue(
                agreements.agreement(ada.getStaffId(), cal.getStaffId()).stream()
                        .allMatch(AgreementService.Agreement::suppressed),
                "fewer than 5 interviews coded by both");
        assertEquals(
                "qa.agreement.error.same", refusal(() -> agreements.agreement(ada.getStaffId(), ada.getStaffId())));
        assertEquals(
                "qa.agreement.error.analyst",
                refusal(() -> agreements.agreement(ada.getStaffId(), eastAnalyst.getStaffId())));

        // Paging and filters, over these answers.
        CodingService.Page notCoded = coding.answers(new ThemingQuery.AnswerFilter(null, null, null, 0L), 0);
        List<Long> listed = new ArrayList<>();
        for (int page = 0; page < notCoded.pages(); page++) {
            coding.answers(new ThemingQuery.AnswerFilter(null, null, null, 0L), page).answers().stream()
                    .map(CodingService.CodingAnswer::answerId)
                    .forEach(listed::add);
        }
        assertTrue(listed.stream().noneMatch(ids::contains), "coded by me: not listed");
        CodingService.Page all = coding.answers(new ThemingQuery.AnswerFilter(null, null, null, null), 0);
        assertTrue(all.total() >= 50);
        assertEquals(CodingService.PAGE_SIZE, all.answers().size());
        assertEquals((all.total() + 9) / 10, all.pages());
        CodingService.Page third = coding.answers(
                new ThemingQuery.AnswerFilter(3, Quarter.of(java.time.Instant.now()), westTeam, null), 0);
        assertTrue(third.total() >= 25);
        assertTrue(third.answers().stream().allMatch(a -> a.questionNumber() == 3));
        assertEquals(
                0,
                coding.answers(
                                new ThemingQuery.AnswerFilter(
                                        null,
                                        Quarter.of(java.time.Instant.now()).previous(),
                                        null,
                                        null),
                                0)
                        .total(),
                "nothing was submitted last quarter");
    }

    private static synchronized List<Long> kappaAnswers() {
        if (kappaAnswers == null) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                ids.addAll(answers(interview("Kim Parent", "Lou Worker", "Kappa answer " + i)
                        .id()));
            }
            kappaAnswers = ids;
        }
        return kappaAnswers;
    }

    @Test
    @DisplayName("Deleting a theme in use asks what to do: tags merged into another theme without doubles, or deleted")
    void deleteInUse() {
        TestCallerContext.actAs(dee);
        Theme top = theme("Top");
        Theme merged = codebook.create("Merged " + TestData.randomLetters(4), "Goes away", top.getId());
        Theme child = codebook.create("Child " + TestData.randomLetters(4), "Moves up", merged.getId());
        Theme target = theme("Target");
        TestData.Interview one = interview("Ola Parent", "Pip Worker", "First answer words");
        TestData.Interview two = interview("Ola Parent", "Pip Worker", "Second answer words");
        long x = answers(one.id()).get(0);
        long y = answers(two.id()).get(0);
        coding.tag(x, List.of(merged.getId(), target.getId()), null, null);
        coding.tag(y, List.of(merged.getId()), 0, 6);
        long action = actions.record(merged.getId(), "Families said so", "We did this", "Owner")
                .getId();

        CodebookService.Impact impact = codebook.impact(merged.getId());
        assertEquals(2, impact.tags());
        assertEquals(List.of(child.getName()), impact.children());
        assertEquals(top.getName(), impact.parentName());
        assertEquals(1, impact.actions());
        long version = codebook.theme(merged.getId()).getVersion();
        assertEquals(
                "qa.themes.error.fate-required", refusal(() -> codebook.delete(merged.getId(), version, null, null)));
        assertEquals(
                "qa.themes.error.target-required",
                refusal(() -> codebook.delete(merged.getId(), version, TagFate.MOVE, merged.getId())));
        assertEquals(
                "qa.themes.error.changed-elsewhere",
                refusal(() -> codebook.delete(merged.getId(), version + 1, TagFate.MOVE, target.getId())));

        CodebookService.Deletion moved = codebook.delete(merged.getId(), version, TagFate.MOVE, target.getId());
        assertEquals(1, moved.tagsMoved());
        assertEquals(1, moved.duplicatesDropped());
        assertEquals(1, moved.childrenMoved());
        assertEquals(1, moved.actionsCleared());
        assertThrows(NotFoundException.class, () -> codebook.theme(merged.getId()));
        assertEquals(2, tagCount(target.getId()), "x whole (once) and y's passage");
        assertEquals(top.getId(), codebook.theme(child.getId()).getParentId(), "child moved up");
        assertNull(actions.action(action).getThemeId(), "the action keeps no theme");
        assertTrue(audited("qa-theme", merged.getId()).contains("QA_THEME_DELETED:tags"));

        Theme doomed = theme("Doomed");
        coding.tag(x, List.of(doomed.getId()), null, null);
        coding.tag(y, List.of(doomed.getId()), null, null);
        CodebookService.Deletion deleted =
                codebook.delete(doomed.getId(), codebook.theme(doomed.getId()).getVersion(), TagFate.DELETE, null);
        assertEquals(2, deleted.tagsDeleted());
        assertEquals(2, tagCount(target.getId()), "other themes' tags untouched");

        Theme unused = theme("Unused");
        CodebookService.Deletion plain = codebook.delete(unused.getId(), unused.getVersion(), null, null);
        assertEquals(0, plain.tagsDeleted() + plain.tagsMoved());
        assertThrows(NotFoundException.class, () -> codebook.theme(unused.getId()));
    }

    @Test
    @DisplayName("Theme counts: 4 interviews are hidden, the 5th shows the count and the mean Q2 rating")
    void themeCountsSuppression() {
        TestCallerContext.actAs(dee);
        Theme counted = theme("Counted");
        long statement = firstQ2Statement();
        List<Long> interviews = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestData.Interview one = interview("Ros Parent", "Tam Worker", "Counted words " + i);
            interviews.add(one.id());
            sql(
                    "INSERT INTO answer_rating (interview_id, statement_id, value) VALUES (?, ?, ?)",
                    one.id(),
                    statement,
                    i < 4 ? 4 : 2);
        }
        for (int i = 0; i < 4; i++) {
            coding.tag(answers(interviews.get(i)).get(0), List.of(counted.getId()), null, null);
        }
        // The same interview tagged again, on its other answer and by another analyst, still counts once.
        coding.tag(answers(interviews.get(0)).get(1), List.of(counted.getId()), null, null);
        TestCallerContext.actAs(cal);
        coding.tag(answers(interviews.get(0)).get(0), List.of(counted.getId()), null, null);

        ThemeCountService.Cell hidden = currentQuarterCell(counted.getName());
        assertTrue(hidden.suppressed());
        assertEquals(0, hidden.interviews(), "no count is given for a hidden cell");
        assertTrue(ratingCell(counted.getName()).suppressed());

        coding.tag(answers(interviews.get(4)).get(0), List.of(counted.getId()), null, null);
        ThemeCountService.Cell shown = currentQuarterCell(counted.getName());
        assertFalse(shown.suppressed());
        assertEquals(5, shown.interviews());
        ThemeCountService.Cell mean = ratingCell(counted.getName());
        assertFalse(mean.suppressed());
        assertEquals(5, mean.interviews());
        assertEquals((4 * 4 + 2) / 5.0, mean.mean(), 1e-9);
    }

    private static long firstQ2Statement() {
        try (Connection db = TestData.admin();
                PreparedStatement query = db.prepareStatement("SELECT s.id FROM script_rating_statement s"
                        + " JOIN script_question q ON q.id = s.question_id JOIN script c ON c.id = q.script_id"
                        + " WHERE c.code = 'parents-carers' AND c.status = 'PUBLISHED' AND c.organisation_id IS NULL"
                        + " AND q.number = 2 AND s.position = 1 ORDER BY c.version DESC");
                ResultSet row = query.executeQuery()) {
            assertTrue(row.next());
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ThemeCountService.Cell currentQuarterCell(String theme) {
        ThemeCountService.ByQuarter table = counts.byQuarter();
        int column = table.quarters().indexOf(Quarter.of(java.time.Instant.now()));
        assertTrue(column >= 0, table.quarters().toString());
        return table.rows().stream()
                .filter(r -> r.theme().equals(theme))
                .findFirst()
                .orElseThrow()
                .cells()
                .get(column);
    }

    private ThemeCountService.Cell ratingCell(String theme) {
        ThemeCountService.AgainstRatings table = counts.againstRatings();
        int column = 0;
        while (table.statements().get(column).position() != 1) {
            column++;
        }
        return table.rows().stream()
                .filter(r -> r.theme().equals(theme))
                .findFirst()
                .orElseThrow()
                .cells()
                .get(column);
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

    @Test
    @DisplayName("An organisation created by the platform administrator starts with the codebook")
    void newOrganisationGetsCodebook() throws Exception {
        TestCallerContext.actAs(platformAdmin);
        String code = TestData.randomLetters(5) + "8";
        PlatformAdministration.Created created = platform.create(
                code, "Codebook Council", "Ada First", "first." + code.toLowerCase(Locale.ROOT) + "@example.org");
        List<String> names = new ArrayList<>();
        try (Connection db = TestData.admin();
                PreparedStatement query =
                        db.prepareStatement("SELECT name FROM qa_theme WHERE organisation_id = ? ORDER BY id")) {
            query.setLong(1, created.organisationId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        assertEquals(
                StarterCodebook.entries().stream()
                        .map(StarterCodebook.Entry::name)
                        .sorted()
                        .toList(),
                names.stream().sorted().toList());
    }
}
