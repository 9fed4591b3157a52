package org.heard.interfaces.web.admin;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heard.domain.model.script.ScriptProblem;
import org.heard.interfaces.web.MessageBundleResolver;

/**
 * Script problems as the sentences pages show: where, then what. A loaded document's
 * problems name the line and column or the field's path in the document; a draft's
 * problems name the field as the editor labels it ("Question 3, Short title").
 */
final class ScriptProblemText {

    private static final Pattern QUESTION_FIELD = Pattern.compile("questions\\[(\\d+)](?:\\.(\\w+))?.*");
    private static final Pattern SCALE_FIELD = Pattern.compile("scale\\[(\\d+)].*");
    private static final Map<String, String> FIELD_LABELS = Map.of(
            "title", "script.admin.draft.question.title",
            "kind", "script.admin.draft.question.kind",
            "readAloud", "script.admin.draft.question.read-aloud",
            "prompts", "script.admin.draft.question.prompts",
            "guidance", "script.admin.draft.question.guidance",
            "ratingStatements", "script.admin.draft.question.statements");

    private ScriptProblemText() {}

    /** A draft's problems, each located by the editor's own labels. */
    static List<String> describeForEditor(List<ScriptProblem> problems) {
        return problems.stream()
                .map(p -> p.path() == null
                        ? describe(p)
                        : MessageBundleResolver.format(
                                "script.problem.at-field",
                                editorLabel(p.path()),
                                MessageBundleResolver.format(p.key(), p.args().toArray())))
                .toList();
    }

    private static String editorLabel(String path) {
        Matcher question = QUESTION_FIELD.matcher(path);
        if (question.matches()) {
            String where = MessageBundleResolver.format(
                    "script.admin.draft.question.heading", Integer.parseInt(question.group(1)) + 1);
            String field = question.group(2) == null ? null : FIELD_LABELS.get(question.group(2));
            return field == null ? where : where + ", " + MessageBundleResolver.format(field);
        }
        Matcher scale = SCALE_FIELD.matcher(path);
        if (scale.matches()) {
            return MessageBundleResolver.format("script.admin.draft.scale.label", Integer.parseInt(scale.group(1)) + 1);
        }
        return switch (path) {
            case "title" -> MessageBundleResolver.format("script.admin.draft.title.label");
            case "introduction" -> MessageBundleResolver.format("script.admin.draft.introduction.label");
            case "scale" -> MessageBundleResolver.format("script.admin.draft.scale.legend");
            case "questions" -> MessageBundleResolver.format("script.admin.draft.questions.heading");
            default -> path;
        };
    }

    static List<String> describe(List<ScriptProblem> problems) {
        return problems.stream().map(ScriptProblemText::describe).toList();
    }

    static String describe(ScriptProblem problem) {
        String what = MessageBundleResolver.format(problem.key(), problem.args().toArray());
        if (problem.line() != null) {
            return MessageBundleResolver.format(
                    "script.problem.at-line", String.valueOf(problem.line()), String.valueOf(problem.column()), what);
        }
        if (problem.path() != null) {
            return MessageBundleResolver.format("script.problem.at-field", problem.path(), what);
        }
        return what;
    }
}
