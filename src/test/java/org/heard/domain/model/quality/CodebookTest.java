package org.heard.domain.model.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CodebookTest {

    /** 1 ← 2 ← 3 (3 sits under 2, which sits under 1); 4 on its own. */
    private static Map<Long, Long> tree() {
        Map<Long, Long> parents = new HashMap<>();
        parents.put(1L, null);
        parents.put(2L, 1L);
        parents.put(3L, 2L);
        parents.put(4L, null);
        return parents;
    }

    @Test
    @DisplayName("A theme cannot move under itself or under one of its descendants")
    void cycles() {
        assertTrue(Codebook.createsCycle(1L, 1L, tree()));
        assertTrue(Codebook.createsCycle(1L, 3L, tree()));
        assertTrue(Codebook.createsCycle(2L, 3L, tree()));
    }

    @Test
    @DisplayName("Any other parent, no parent, or a new theme never makes a cycle")
    void noCycles() {
        assertFalse(Codebook.createsCycle(3L, 1L, tree()));
        assertFalse(Codebook.createsCycle(1L, 4L, tree()));
        assertFalse(Codebook.createsCycle(2L, null, tree()));
        assertFalse(Codebook.createsCycle(null, 3L, tree()));
    }

    @Test
    @DisplayName("A cycle already in the data is reported, not followed for ever")
    void existingLoop() {
        Map<Long, Long> parents = new HashMap<>();
        parents.put(5L, 6L);
        parents.put(6L, 5L);
        assertTrue(Codebook.createsCycle(7L, 5L, parents));
    }

    @Test
    @DisplayName("The starting codebook of new organisations is the one migration V9 gave existing ones")
    void starterMatchesMigration() throws Exception {
        String v9 = Files.readString(Path.of("src/main/resources/db/migration/common/V9__quality_assurance.sql"));
        Matcher seeded =
                Pattern.compile("SELECT o\\.id, NULL, '([^']+)', '([^']+)'").matcher(v9);
        List<StarterCodebook.Entry> entries = StarterCodebook.entries();
        int i = 0;
        while (seeded.find()) {
            assertEquals(new StarterCodebook.Entry(seeded.group(1), seeded.group(2)), entries.get(i++));
        }
        assertEquals(8, i);
        assertEquals(8, entries.size());
    }

    @Test
    @DisplayName("A theme needs a name and a description within their limits, and cannot be its own parent")
    void themeRules() {
        java.time.Instant now = java.time.Instant.now();
        assertEquals("qa.themes.error.name-required", assertThrowsTheming(() -> new Theme(1, " ", "d", null, now)));
        assertEquals(
                "qa.themes.error.description-required", assertThrowsTheming(() -> new Theme(1, "n", null, null, now)));
        assertEquals(
                "qa.themes.error.name-too-long",
                assertThrowsTheming(() -> new Theme(1, "n".repeat(Theme.NAME_MAX + 1), "d", null, now)));
        Theme theme = new Theme(1, "  Trust ", " Mutual trust ", null, now);
        assertEquals("Trust", theme.getName());
        assertEquals("Mutual trust", theme.getDescription());
    }

    private static String assertThrowsTheming(org.junit.jupiter.api.function.Executable executable) {
        return org.junit.jupiter.api.Assertions.assertThrows(ThemingException.class, executable)
                .getMessageKey();
    }
}
