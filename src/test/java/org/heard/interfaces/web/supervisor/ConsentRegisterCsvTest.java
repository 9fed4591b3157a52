package org.heard.interfaces.web.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.heard.application.supervision.ConsentRegisterRow;
import org.heard.domain.model.interview.ConsentOutcome;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.organisation.InterviewerKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentRegisterCsvTest {

    @Test
    @DisplayName("Header, UK times, quoting, and formula cells neutralised")
    void writesRows() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ConsentRegisterCsv csv = new ConsentRegisterCsv(out)) {
            csv.write(new ConsentRegisterRow(
                    1L,
                    "BH-2026-0001",
                    Instant.parse("2026-07-01T09:30:00Z"),
                    null,
                    5L,
                    "=HYPERLINK(\"http://evil\")",
                    InterviewerKind.EXPERT_BY_EXPERIENCE,
                    InterviewMode.TELEPHONE,
                    3L,
                    ParticipationChoice.NAMED,
                    ConsentOutcome.AGREED,
                    InterviewStatus.SUBMITTED,
                    null));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeffreference,started_at,"), text);
        String[] lines = text.split("\r\n");
        assertEquals(2, lines.length, text);
        assertTrue(lines[1].startsWith("BH-2026-0001,2026-07-01 10:30:00,,"), lines[1]);
        assertTrue(lines[1].contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), lines[1]);
        assertTrue(lines[1].endsWith(",TELEPHONE,,NAMED,AGREED,SUBMITTED"), lines[1]);
    }

    @Test
    @DisplayName("Only cells a spreadsheet would run are prefixed")
    void cells() {
        assertEquals("'+1", ConsentRegisterCsv.cell("+1"));
        assertEquals("'-1", ConsentRegisterCsv.cell("-1"));
        assertEquals("'@SUM(A1)", ConsentRegisterCsv.cell("@SUM(A1)"));
        assertEquals("Sam O'Neil", ConsentRegisterCsv.cell("Sam O'Neil"));
        assertEquals(null, ConsentRegisterCsv.cell(null));
    }
}
