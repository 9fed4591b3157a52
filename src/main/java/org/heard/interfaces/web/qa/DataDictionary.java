package org.heard.interfaces.web.qa;

import java.util.ArrayList;
import java.util.List;
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

    /** Every column of the export, in order; {@code threshold} is the suppression threshold. */
    public static List<Entry> entries(int threshold) {
        List<Entry> entries = new ArrayList<>();
        for (String column : DeidentifiedCsv.COLUMNS) {
            String kind;
            Object detail = "";
            if (column.startsWith("q2_")) {
                kind = "rating";
                detail = column.substring(3, 4);
            } else if (column.endsWith("_words")) {
                kind = "words";
                detail = column.substring(1, column.indexOf('_'));
            } else {
                kind = column.replace('_', '-');
            }
            entries.add(new Entry(
                    column,
                    MessageBundleResolver.format("qa.dictionary." + kind + ".meaning", detail),
                    MessageBundleResolver.format("qa.dictionary." + kind + ".values", detail, threshold),
                    MessageBundleResolver.format("qa.dictionary." + kind + ".suppression", detail, threshold)));
        }
        return entries;
    }
}
