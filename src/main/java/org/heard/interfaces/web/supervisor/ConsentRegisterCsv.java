package org.heard.interfaces.web.supervisor;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.heard.application.shared.ClockProducer;
import org.heard.application.supervision.ConsentRegisterRow;
import org.heard.interfaces.web.CsvSheet;

/**
 * Writes the consent register as CSV, one row at a time, through {@link CsvSheet}
 * (UTF-8 with a byte-order mark, formulas neutralised).
 */
public final class ConsentRegisterCsv implements AutoCloseable {

    /** The columns, in order; also documented in docs/consent-and-audit.md. */
    static final String[] HEADER = {
        "reference",
        "started_at",
        "consent_recorded_at",
        "interviewer",
        "interviewer_kind",
        "team",
        "mode",
        "statement_version",
        "choice",
        "outcome",
        "status"
    };

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockProducer.ZONE);

    private final CsvSheet sheet;

    public ConsentRegisterCsv(OutputStream out) {
        this.sheet = new CsvSheet(out, HEADER);
    }

    public void write(ConsentRegisterRow row) {
        sheet.row(
                row.getReference(),
                time(row.getStartedAt()),
                time(row.getConsentRecordedAt()),
                row.getInterviewerName(),
                row.getInterviewerKind(),
                row.getTeamName(),
                row.getMode(),
                row.getStatementVersion(),
                row.getChoice(),
                row.getOutcome(),
                row.getStatus());
    }

    @Override
    public void close() throws IOException {
        sheet.close();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Text a spreadsheet would treat as a formula is neutralised. */
    static String cell(String value) {
        return CsvSheet.cell(value);
    }
}
