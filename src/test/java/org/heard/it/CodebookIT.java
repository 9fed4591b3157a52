package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heard.application.administration.PlatformAdministration;
import org.heard.application.quality.CodebookService;
import org.heard.domain.model.quality.StarterCodebook;
import org.heard.domain.model.quality.TagFate;
import org.heard.domain.model.quality.Theme;
import org.heard.domain.shared.NotFoundException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The codebook of themes: unique names, required descriptions, parents without cycles and
 * crossed edits refused; deleting a theme in use both ways (tags merged without doubles, or
 * deleted); the starting codebook of a new organisation; and their audit trail.
 */
class CodebookIT extends ThemingTestBase {

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
