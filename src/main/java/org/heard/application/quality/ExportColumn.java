package org.heard.application.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.heard.domain.model.script.Script;

/**
 * One answer column of the de-identified export: the rating of one statement of a
 * question of ratings, or the words of one free-text question, of one script (by its
 * code) across its versions.
 *
 * @param name {@code q<n>_words} or {@code q<n>_<position>_rating} for the parents' and
 *     carers' script; other scripts' columns start with their code ({@code <code>_q<n>_words})
 * @param scriptCode the script's code
 * @param question the question's number
 * @param position the statement's position for a rating, 0 for words
 * @param versions what the question (or statement) was in each version of the period
 */
public record ExportColumn(String name, String scriptCode, int question, int position, List<Version> versions) {

    /** The question's title (or the statement's text) in one version of its script. */
    public record Version(String scriptTitle, int version, String title) {}

    /** The parents' and carers' script first, then others by code; then by question and position. */
    static final Comparator<ExportColumn> ORDER = Comparator.comparing(
                    (ExportColumn c) -> !c.scriptCode().equals(Script.DEFAULT_CODE))
            .thenComparing(ExportColumn::scriptCode)
            .thenComparingInt(ExportColumn::question)
            .thenComparingInt(ExportColumn::position);

    /** Whether the column holds ratings (else words). */
    public boolean rating() {
        return position > 0;
    }

    /** The column's name for a question (position 0) or a rating statement of a script. */
    public static String name(String scriptCode, int question, int position) {
        String prefix = Script.DEFAULT_CODE.equals(scriptCode) ? "" : scriptCode.replace('-', '_') + "_";
        return prefix + "q" + question + (position > 0 ? "_" + position + "_rating" : "_words");
    }

    /** Collects the versions of one column. */
    static final class Builder {
        private final String name;
        private final String scriptCode;
        private final int question;
        private final int position;
        private final List<Version> versions = new ArrayList<>();

        Builder(String name, String scriptCode, int question, int position) {
            this.name = name;
            this.scriptCode = scriptCode;
            this.question = question;
            this.position = position;
        }

        Builder version(String scriptTitle, int version, String title) {
            versions.add(new Version(scriptTitle, version, title));
            return this;
        }

        ExportColumn build() {
            return new ExportColumn(name, scriptCode, question, position, List.copyOf(versions));
        }
    }
}
