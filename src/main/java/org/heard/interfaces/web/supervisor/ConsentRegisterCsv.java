package org.heard.interfaces.web.supervisor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.heard.application.ClockProducer;
import org.heard.application.ConsentRegisterRow;

/**
 * Writes the consent register as CSV (RFC 4180, UTF-8 with a byte-order mark so
 * that spreadsheet programs read names correctly), one row at a time. Cells that
 * a spreadsheet would run as a formula are prefixed with an apostrophe.
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

    private final CSVPrinter printer;

    public ConsentRegisterCsv(OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\ufeff');
            this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(ConsentRegisterRow row) {
        try {
            printer.printRecord(
                    cell(row.getReference()),
                    time(row.getStartedAt()),
                    time(row.getConsentRecordedAt()),
                    cell(row.getInterviewerName()),
                    row.getInterviewerKind(),
                    cell(row.getTeamName()),
                    row.getMode(),
                    row.getStatementVersion(),
                    row.getChoice(),
                    row.getOutcome(),
                    row.getStatus());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Text a spreadsheet would treat as a formula is neutralised. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
