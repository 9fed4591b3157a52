package org.heard.interfaces.web.qa;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.heard.application.quality.DeidentifiedExportService;
import org.heard.application.quality.ExportColumn;
import org.heard.interfaces.web.CsvSheet;

/**
 * Writes the de-identified export as CSV through {@link CsvSheet}, one row at a time.
 * The columns are described by {@link DataDictionary}, on the data dictionary page and
 * in docs/quality-assurance.md: the same leading columns in every export, one column per
 * rating statement and per free-text question of the scripts of the period, then the themes.
 */
public final class DeidentifiedCsv implements AutoCloseable {

    /** The columns that every export has before the answers' columns. */
    public static final List<String> LEADING = List.of("export_id", "period", "team", "mode", "interviewer_kind");

    /** The column that every export has after the answers' columns. */
    public static final String THEMES = "themes";

    private final CsvSheet sheet;
    private final List<ExportColumn> answers;

    /**
     * A CSV of the export with these answer columns ({@link DeidentifiedExportService#columns}),
     * written at once as the header.
     */
    public DeidentifiedCsv(OutputStream out, List<ExportColumn> answers) {
        this.answers = List.copyOf(answers);
        this.sheet = new CsvSheet(out, header(answers).toArray(String[]::new));
    }

    /** Every column of an export with these answer columns, in order. */
    public static List<String> header(List<ExportColumn> answers) {
        List<String> columns = new ArrayList<>(LEADING);
        answers.forEach(column -> columns.add(column.name()));
        columns.add(THEMES);
        return List.copyOf(columns);
    }

    public void write(DeidentifiedExportService.Row row) {
        List<Object> cells = new ArrayList<>(LEADING.size() + answers.size() + 1);
        cells.add(row.exportId());
        cells.add(row.period());
        cells.add(row.team());
        cells.add(row.mode());
        cells.add(row.kind());
        for (ExportColumn column : answers) {
            cells.add(row.answers().getOrDefault(column.name(), ""));
        }
        cells.add(String.join("; ", row.themes()));
        sheet.row(cells);
    }

    @Override
    public void close() throws IOException {
        sheet.close();
    }
}
