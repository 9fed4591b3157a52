package org.heard.application.administration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.heard.domain.model.script.QuestionContent;
import org.heard.domain.model.script.QuestionKind;
import org.heard.domain.model.script.ScriptContent;
import org.heard.domain.model.script.ScriptProblem;

/**
 * Reads a script document's tree leniently into content, noting every problem of
 * shape and type ({@link ScriptDocument} parses the text and writes documents).
 */
final class ScriptDocumentReader {

    private static final Set<String> SCRIPT_FIELDS =
            Set.of("format", "code", "version", "title", "introduction", "scale", "questions");
    private static final Set<String> SCALE_FIELDS = Set.of("value", "label");
    private static final Set<String> QUESTION_FIELDS =
            Set.of("number", "kind", "title", "readAloud", "prompts", "guidance", "ratingStatements");

    final List<ScriptProblem> problems = new ArrayList<>();
    /** Paths already reported, so the content's own checks do not repeat them. */
    final Set<String> reported = new HashSet<>();

    boolean numbersReported;

    ScriptContent content;

    private void problem(String path, String key, Object... args) {
        problems.add(ScriptProblem.at(path, key, args));
        if (path != null) {
            reported.add(path);
        }
    }

    ScriptContent script(JsonNode root) {
        ScriptContent content = new ScriptContent();
        if (!root.isObject()) {
            problem(null, "script.problem.not-an-object");
            return content;
        }
        unknownFields(root, null, SCRIPT_FIELDS);
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !ScriptDocument.FORMAT.equals(format.asText())) {
            problem("format", "script.problem.format", ScriptDocument.FORMAT);
        }
        JsonNode version = root.get("version");
        if (version != null && !version.isNull() && (!version.isIntegralNumber() || version.asInt() < 1)) {
            problem("version", "script.problem.whole-number");
        }
        content.setCode(text(root, "code", null));
        content.setTitle(text(root, "title", null));
        content.setIntroduction(text(root, "introduction", null));
        JsonNode scale = array(root, "scale", null);
        if (scale != null) {
            for (int i = 0; i < scale.size(); i++) {
                String path = "scale[" + i + "]";
                JsonNode item = scale.get(i);
                if (!item.isObject()) {
                    problem(path, "script.problem.object");
                    continue;
                }
                unknownFields(item, path, SCALE_FIELDS);
                Integer value = wholeNumber(item, "value", path);
                content.getScale()
                        .add(new ScriptContent.ScaleLabel(value == null ? 0 : value, text(item, "label", path)));
            }
        }
        JsonNode questions = array(root, "questions", null);
        if (questions != null) {
            for (int i = 0; i < questions.size(); i++) {
                content.getQuestions().add(question(questions.get(i), "questions[" + i + "]"));
            }
            numbers(content.getQuestions());
        }
        return content;
    }

    private QuestionContent question(JsonNode item, String path) {
        QuestionContent question = new QuestionContent();
        if (!item.isObject()) {
            problem(path, "script.problem.object");
            return question;
        }
        unknownFields(item, path, QUESTION_FIELDS);
        Integer number = wholeNumber(item, "number", path);
        question.setNumber(number == null ? 0 : number);
        String kind = text(item, "kind", path);
        question.setKind(null);
        if (kind != null) {
            try {
                question.setKind(QuestionKind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                problem(path + ".kind", "script.problem.kind", kindNames());
            }
        }
        question.setTitle(text(item, "title", path));
        question.setReadAloud(text(item, "readAloud", path));
        question.setPrompts(text(item, "prompts", path));
        question.setGuidance(text(item, "guidance", path));
        JsonNode statements = array(item, "ratingStatements", path);
        if (statements != null) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                JsonNode statement = statements.get(i);
                if (statement.isTextual()) {
                    texts.add(statement.asText());
                } else {
                    problem(path + ".ratingStatements[" + i + "]", "script.problem.text");
                }
            }
            question.setRatingStatements(texts);
        }
        return question;
    }

    /** Question numbers must run 1, 2, 3… in order, without gaps or repeats. */
    private void numbers(List<QuestionContent> questions) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            int number = questions.get(i).getNumber();
            if (number < 1) {
                continue; // reported as not a whole number, or below 1
            }
            if (!seen.add(number)) {
                problem("questions[" + i + "].number", "script.problem.number-twice", number);
                numbersReported = true;
            }
        }
        if (numbersReported) {
            return;
        }
        // A gap: point at each entry numbered beyond its place, with the number the author wrote.
        for (int i = 0; i < questions.size(); i++) {
            int number = questions.get(i).getNumber();
            int expected = i + 1;
            if (number > expected && !seen.contains(expected)) {
                problem("questions[" + i + "].number", "script.problem.number-gap", number, expected);
                numbersReported = true;
            }
        }
    }

    private void unknownFields(JsonNode node, String path, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(join(path, name), "script.problem.unknown-field", String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    private String text(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problem(join(path, name), "script.problem.text");
            return null;
        }
        return node.asText();
    }

    private Integer wholeNumber(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            problem(join(path, name), "script.problem.required");
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
            problem(join(path, name), "script.problem.whole-number");
            return null;
        }
        return node.asInt();
    }

    private JsonNode array(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            problem(join(path, name), "script.problem.array");
            return null;
        }
        return node;
    }

    private static String join(String path, String name) {
        return path == null ? name : path + "." + name;
    }

    private static String kindNames() {
        return String.join(
                ", ", Arrays.stream(QuestionKind.values()).map(Enum::name).toList());
    }
}
