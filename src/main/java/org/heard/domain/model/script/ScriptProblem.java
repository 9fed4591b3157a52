package org.heard.domain.model.script;

import java.io.Serializable;
import java.util.List;

/**
 * One thing wrong with a script document or draft: where it is (the field's path in
 * the document, such as {@code questions[2].readAloud}, or a line and column when the
 * document cannot be read at all), and what is wrong, as a message key with its
 * arguments.
 *
 * @param path the field's path in the document, or {@code null} for the whole document
 * @param line the line, 1-based, for a document that cannot be read; otherwise {@code null}
 * @param column the column, 1-based, with {@code line}
 * @param key the message key
 * @param args the message's arguments
 */
public record ScriptProblem(String path, Integer line, Integer column, String key, List<Object> args)
        implements Serializable {

    public ScriptProblem {
        args = List.copyOf(args);
    }

    public static ScriptProblem at(String path, String key, Object... args) {
        return new ScriptProblem(path, null, null, key, List.of(args));
    }

    public static ScriptProblem atLine(int line, int column, String key, Object... args) {
        return new ScriptProblem(null, line, column, key, List.of(args));
    }
}
