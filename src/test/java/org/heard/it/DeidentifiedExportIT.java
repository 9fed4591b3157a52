package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.heard.application.quality.DashboardFilter;
import org.heard.application.quality.ExportColumn;
import org.heard.domain.model.organisation.Role;
import org.heard.interfaces.web.qa.DataDictionary;
import org.heard.interfaces.web.qa.DeidentifiedCsv;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The de-identified export inside Payara against MariaDB: it holds no name, reference or
 * withdrawn interview and is audited; exports of different filters hold the same rows for
 * the same interviews; and it follows a question added in a new script version.
 */
class DeidentifiedExportIT extends QaDashboardTestBase {

    @Test
    @DisplayName(
            "The export holds no name, reference or withdrawn interview, generalises small combinations, and is audited")
    void export() throws Exception {
        long auditedBefore = audited(west);
        DashboardFilter filter = dashboards.filter("2025-Q1", "2025-Q2", null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeidentifiedCsv csv = new DeidentifiedCsv(out, exports.columns(filter))) {
            assertEquals(60, exports.export(filter, csv::write));
        }
        byte[] bytes = out.toByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeff"), "a byte-order mark for spreadsheets");
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : names) {
            for (String part : name.split(" ")) {
                assertFalse(lower.contains(part.toLowerCase(Locale.ROOT)), "a name in the export: " + part);
            }
        }
        for (String reference : QaSeed.REFERENCES) {
            assertFalse(text.contains(reference), "a reference in the export: " + reference);
        }
        assertFalse(text.contains(WITHDRAWN_WORDS), "a withdrawn interview's words");
        assertFalse(text.contains(ANONYMISED_WORDS), "words that could not be redacted");
        assertFalse(text.contains("East words"), "another organisation's interview");
        assertTrue(text.contains("[name] said [name] listened to her."), "names replaced in the words");

        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(text.substring(1)))
                .getRecords();
        assertEquals(60, rows.size());
        assertEquals(
                DeidentifiedCsv.header(exports.columns(filter)),
                rows.get(0).getParser().getHeaderNames());
        assertEquals(
                25,
                rows.stream().filter(r -> r.get("team").equals("Families West")).count());
        assertEquals(
                30,
                rows.stream()
                        .filter(r -> r.get("team").equals("Assessment West"))
                        .count());
        List<CSVRecord> spring =
                rows.stream().filter(r -> r.get("period").equals("2025-Q2")).toList();
        assertEquals(5, spring.size());
        assertTrue(spring.stream().allMatch(r -> r.get("team").equals("*")), "the team withheld");
        assertEquals(60, rows.stream().map(r -> r.get("export_id")).distinct().count(), "ids unique in the export");
        assertTrue(rows.stream().allMatch(r -> r.get("export_id").matches("[0-9a-f]{12}")));
        assertEquals(
                1,
                rows.stream()
                        .filter(r -> r.get("themes").equals("Trust and honesty"))
                        .count());
        assertEquals(
                5,
                rows.stream()
                        .filter(r -> r.get("team").equals("Families West")
                                && r.get("q2_1_rating").equals("1"))
                        .count());

        // A second export draws new ids.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try (DeidentifiedCsv csv = new DeidentifiedCsv(again, exports.columns(filter))) {
            exports.export(filter, csv::write);
        }
        List<String> firstIds = rows.stream().map(r -> r.get("export_id")).toList();
        String second = again.toString(StandardCharsets.UTF_8);
        assertTrue(firstIds.stream().noneMatch(second::contains), "ids are random per export");
        assertEquals(auditedBefore + 2, audited(west));
    }

    @Test
    @DisplayName("A team or mode chooses among the period's de-identified rows by what they show, so exports of"
            + " different filters give nothing away by difference")
    void filteredExportsAreTheSameRows() throws Exception {
        List<String> all = exportedRows(dashboards.filter("2025-Q1", "2025-Q2", null, null, null));
        List<String> families = exportedRows(dashboards.filter("2025-Q1", "2025-Q2", westFamilies, null, null));
        assertEquals(
                all.stream()
                        .filter(r -> r.split("\\|")[1].equals("Families West"))
                        .toList(),
                families,
                "exactly the rows of the whole export that show Families West");
        assertEquals(25, families.size(), "the spring rows, whose team is withheld, are in no export by team");
        List<String> byPhone = exportedRows(dashboards.filter(
                "2025-Q1", "2025-Q2", null, org.heard.domain.model.interview.InterviewMode.TELEPHONE, null));
        assertEquals(
                all.stream().filter(r -> r.split("\\|")[2].equals("TELEPHONE")).toList(), byPhone);
        assertEquals(30, byPhone.size());
    }

    /** An export's rows as "period|team|mode|kind|q1_words", sorted. */
    private List<String> exportedRows(DashboardFilter filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeidentifiedCsv csv = new DeidentifiedCsv(out, exports.columns(filter))) {
            exports.export(filter, csv::write);
        }
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(
                        out.toString(StandardCharsets.UTF_8).substring(1)))
                .getRecords()
                .stream()
                .map(r -> String.join(
                        "|",
                        r.get("period"),
                        r.get("team"),
                        r.get("mode"),
                        r.get("interviewer_kind"),
                        r.get("q1_words")))
                .sorted()
                .toList();
    }

    @Test
    @DisplayName("A question added in a new script version (Q8) reaches the export and its data dictionary")
    void questionOfANewVersion() throws Exception {
        TestData.Org council = TestData.organisation("Question eight (dashboard)");
        long team = TestData.team(council, "Eight team");
        TestData.Staff interviewer = TestData.staff(council, "Olive Eightinterviewer", "PRACTITIONER", "INTERVIEWER");
        long version = QaSeed.scriptWithQuestion8(council, "What would help next time");
        for (int i = 0; i < 10; i++) {
            long id = QaSeed.interview(
                    council,
                    interviewer,
                    team,
                    "IN_PERSON",
                    "PRACTITIONER",
                    LocalDateTime.of(2025, i < 5 ? 5 : 8, 4 + i, 10, 0),
                    "SUBMITTED",
                    null,
                    null,
                    "Eight words " + i,
                    4);
            if (i >= 5) { // the five of August followed the new version and answered Q8
                QaSeed.followsScript(id, version);
                QaSeed.answer(id, version, 8, "More time to talk " + i);
            }
        }
        TestCallerContext.actAs(TestData.staffCaller(council, "Otto Analyst", Role.QA_ANALYST));

        DashboardFilter before = dashboards.filter("2025-Q2", "2025-Q2", null, null, null);
        List<String> beforeColumns =
                exports.columns(before).stream().map(ExportColumn::name).toList();
        assertTrue(
                beforeColumns.containsAll(List.of("q1_words", "q3_words", "q7_words", "q2_5_rating")),
                beforeColumns.toString());
        assertFalse(beforeColumns.contains("q8_words"), "no interview of Q2 followed the new version");

        DashboardFilter filter = dashboards.filter("2025-Q2", "2025-Q3", null, null, null);
        List<ExportColumn> columns = exports.columns(filter);
        ExportColumn eight = columns.stream()
                .filter(c -> c.name().equals("q8_words"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no q8_words column"));
        assertEquals("What would help next time", eight.versions().get(0).title());
        ExportColumn one = columns.stream()
                .filter(c -> c.name().equals("q1_words"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, one.versions().size(), "Q1 as it was in both versions of the period");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeidentifiedCsv csv = new DeidentifiedCsv(out, columns)) {
            assertEquals(10, exports.export(filter, csv::write));
        }
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(
                        out.toString(StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertTrue(rows.get(0).getParser().getHeaderNames().contains("q8_words"));
        assertEquals(
                5,
                rows.stream()
                        .filter(r -> r.get("q8_words").startsWith("More time to talk"))
                        .count());
        assertEquals(5, rows.stream().filter(r -> r.get("q8_words").isEmpty()).count(), "the old version had no Q8");

        List<DataDictionary.Entry> dictionary = DataDictionary.entries(5, columns);
        DataDictionary.Entry entry = dictionary.stream()
                .filter(e -> e.column().equals("q8_words"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("q8_words not in the dictionary"));
        assertTrue(entry.meaning().contains("question 8"), entry.meaning());
        assertTrue(entry.meaning().contains("What would help next time"), entry.meaning());
    }

    private static long audited(TestData.Org organisation) throws SQLException {
        try (Connection db = TestData.admin()) {
            return QaSeed.scalar(
                    db,
                    "SELECT COUNT(*) FROM audit_event WHERE chain_id = " + organisation.id()
                            + " AND action = 'EXPORT_DEIDENTIFIED'");
        }
    }
}
