package org.heard.interfaces.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV download written one row at a time (RFC 4180, UTF-8 with a byte-order mark so
 * that spreadsheet programs read names and accents correctly). Text that a spreadsheet
 * would run as a formula is prefixed with an apostrophe. Every CSV export of Heard
 * writes through it.
 */
public final class CsvSheet implements AutoCloseable {

    private final CSVPrinter printer;

    public CsvSheet(OutputStream out, String... header) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\ufeff');
            this.printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row; text cells are neutralised ({@link #cell}), other values written as they are. */
    public void row(Object... values) {
        row(Arrays.asList(values));
    }

    /** Writes one row; text cells are neutralised ({@link #cell}), other values written as they are. */
    public void row(List<?> values) {
        try {
            printer.printRecord(values.stream()
                    .map(v -> v instanceof String text ? cell(text) : v)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    /** Text a spreadsheet would treat as a formula is neutralised. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
