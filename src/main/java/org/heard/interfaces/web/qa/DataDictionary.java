package org.heard.interfaces.web.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.heard.application.quality.ExportColumn;
import org.heard.interfaces.web.MessageBundleResolver;

/**
 * The data dictionary of the de-identified export: for every column of
 * {@link DeidentifiedCsv}, its meaning, its values and how small numbers are
 * suppressed in it, in the words of the message bundle.
 */
public final class DataDictionary {

    /** The dictionary's own columns, when downloaded as CSV. */
    static final String[] HEADER = {"column", "meaning", "values", "suppression"};

    private DataDictionary() {}

    /** One column of the export. */
    public record Entry(String column, String meaning, String values, String suppression) {}

    /**
     * Every column of an export with these answer columns, in order; {@code threshold} is
     * the suppression threshold.
     */
    public static List<Entry> entries(int threshold, List<ExportColumn> answers) {
        List<Entry> entries = new ArrayList<>();
        for (String column : DeidentifiedCsv.LEADING) {
            entries.add(entry(column, column.replace('_', '-'), "", threshold));
        }
        for (ExportColumn column : answers) {
            String versions = column.versions().stream()
                    .map(v -> MessageBundleResolver.format(
                            "qa.dictionary.question.version", v.scriptTitle(), v.version(), v.title()))
                    .collect(Collectors.joining("; "));
            String question = MessageBundleResolver.format(
                    column.rating() ? "qa.dictionary.question.statement" : "qa.dictionary.question.words",
                    column.question(),
                    column.position(),
                    versions);
            entries.add(entry(column.name(), column.rating() ? "rating" : "words", question, threshold));
        }
        entries.add(entry(DeidentifiedCsv.THEMES, "themes", "", threshold));
        return entries;
    }

    private static Entry entry(String column, String kind, String detail, int threshold) {
        return new Entry(
                column,
                MessageBundleResolver.format("qa.dictionary." + kind + ".meaning", detail),
                MessageBundleResolver.format("qa.dictionary." + kind + ".values", detail, threshold),
                MessageBundleResolver.format("qa.dictionary." + kind + ".suppression", detail, threshold));
    }
}
