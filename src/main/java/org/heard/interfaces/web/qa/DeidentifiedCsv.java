package org.heard.interfaces.web.qa;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.heard.application.quality.DeidentifiedExportService;
import org.heard.interfaces.web.CsvSheet;

/**
 * Writes the de-identified export as CSV through {@link CsvSheet}, one row at a time.
 * The columns are described by {@link DataDictionary}, on the data dictionary page and
 * in docs/quality-assurance.md.
 */
public final class DeidentifiedCsv implements AutoCloseable {

    /** The columns, in order. */
    public static final List<String> COLUMNS = columns();

    private final CsvSheet sheet;

    public DeidentifiedCsv(OutputStream out) {
        this.sheet = new CsvSheet(out, COLUMNS.toArray(String[]::new));
    }

    public void write(DeidentifiedExportService.Row row) {
        List<Object> cells = new ArrayList<>(COLUMNS.size());
        cells.add(row.exportId());
        cells.add(row.period());
        cells.add(row.team());
        cells.add(row.mode());
        cells.add(row.kind());
        for (Integer rating : row.ratings()) {
            cells.add(rating == null ? "" : rating);
        }
        for (int number : DeidentifiedExportService.TEXT_QUESTIONS) {
            String words = row.words().get(number);
            cells.add(words == null ? "" : words);
        }
        cells.add(String.join("; ", row.themes()));
        sheet.row(cells);
    }

    @Override
    public void close() throws IOException {
        sheet.close();
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("export_id", "period", "team", "mode", "interviewer_kind"));
        for (int position = 1; position <= DeidentifiedExportService.STATEMENTS; position++) {
            columns.add("q2_" + position + "_rating");
        }
        for (int number : DeidentifiedExportService.TEXT_QUESTIONS) {
            columns.add("q" + number + "_words");
        }
        columns.add("themes");
        return List.copyOf(columns);
    }
}
