package org.heard.application.administration;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heard.domain.model.script.QuestionContent;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptContent;
import org.heard.domain.model.script.ScriptProblem;
import org.heard.domain.model.script.ScriptProblemsException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A script written down as a document (format {@value #FORMAT}), in JSON or YAML: its
 * code, version, title and introduction, the rating scale, and every question in
 * order with its read-aloud text, prompts, guidance and rating statements. The format
 * is described, with the seeded script as a complete example, in
 * {@code docs/administration.md}.
 *
 * <p>{@link #read} checks a document whole and reports every problem it finds, each
 * with the line and column (a document that cannot be parsed) or the field's path
 * (a document that can), and returns nothing unless there is none.
 */
public final class ScriptDocument {

    /** The format's name and version, the document's first field. */
    public static final String FORMAT = "heard-script/1";

    /** The largest document read: a complete script is about 10 KB. */
    public static final int MAX_BYTES = 1024 * 1024;

    /** The kinds of document. */
    public enum Syntax {
        JSON,
        YAML
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

    private ScriptDocument() {}

    /** A published version as a document, with its version number. */
    public static String write(Script script, Syntax syntax) {
        return write(ScriptContent.of(script), script.getVersion(), syntax);
    }

    /** Content as a document; {@code version} is left out when null (a draft has none yet). */
    public static String write(ScriptContent content, Integer version, Syntax syntax) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("format", FORMAT);
        document.put("code", content.getCode());
        if (version != null) {
            document.put("version", version);
        }
        document.put("title", content.getTitle());
        document.put("introduction", content.getIntroduction());
        ArrayNode scale = document.putArray("scale");
        content.getScale()
                .forEach(label ->
                        scale.addObject().put("value", label.getValue()).put("label", label.getLabel()));
        ArrayNode questions = document.putArray("questions");
        for (QuestionContent question : content.getQuestions()) {
            ObjectNode node = questions.addObject();
            node.put("number", question.getNumber());
            node.put(
                    "kind",
                    question.getKind() == null ? null : question.getKind().name());
            node.put("title", question.getTitle());
            node.put("readAloud", question.getReadAloud());
            node.put("prompts", question.getPrompts());
            node.put("guidance", question.getGuidance());
            if (question.isRatings()) {
                ArrayNode statements = node.putArray("ratingStatements");
                question.getRatingStatements().forEach(statements::add);
            }
        }
        try {
            return syntax == Syntax.JSON
                    ? JSON.writer(PRETTY).writeValueAsString(document)
                    : YAML.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The syntax of a document, by its file name if it says, else by its first character. */
    public static Syntax syntaxOf(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Syntax.JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Syntax.YAML;
        }
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b == '{' ? Syntax.JSON : Syntax.YAML;
            }
        }
        return Syntax.JSON;
    }

    /**
     * Reads a document, checking all of it: its shape and types, and that it is a
     * complete script that could be published.
     *
     * @throws ScriptProblemsException with every problem found, if there is any
     */
    public static ScriptContent read(byte[] bytes, Syntax syntax) {
        ScriptDocumentReader reader = parse(bytes, syntax);
        List<ScriptProblem> problems = new ArrayList<>(reader.problems);
        reader.content.problems().stream()
                .filter(p -> p.path() == null
                        || reader.reported.stream().noneMatch(r -> p.path().startsWith(r)))
                .filter(p -> !(reader.numbersReported && p.key().equals("script.problem.number-order")))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new ScriptProblemsException(problems);
        }
        return reader.content;
    }

    /**
     * Reads a draft's document, which may be unfinished: only its shape and types are
     * checked, not whether it could be published.
     *
     * @throws ScriptProblemsException if the document's shape or types are wrong
     */
    public static ScriptContent readDraft(String document) {
        ScriptDocumentReader reader = parse(document.getBytes(StandardCharsets.UTF_8), Syntax.JSON);
        if (!reader.problems.isEmpty()) {
            throw new ScriptProblemsException(reader.problems);
        }
        return reader.content;
    }

    /**
     * Refuses a document by its size alone, before it is read: an empty one, or one
     * over {@link #MAX_BYTES}.
     *
     * @throws ScriptProblemsException if the size is refused
     */
    public static void checkSize(long bytes) {
        if (bytes == 0) {
            throw new ScriptProblemsException(ScriptProblem.at(null, "script.problem.empty-file"));
        }
        if (bytes > MAX_BYTES) {
            throw new ScriptProblemsException(
                    ScriptProblem.at(null, "script.problem.too-large", kilobytes(bytes), kilobytes(MAX_BYTES)));
        }
    }

    /**
     * A YAML document that cannot be read, in plain words, at the line and column where
     * the problem is (or, for a quotation mark or bracket never closed, where it opened).
     * SnakeYAML's own message names the grammar rule it was applying, which an author
     * cannot act on; it is mapped to the few mistakes people make.
     */
    static ScriptProblem yamlProblem(JsonProcessingException e) {
        MarkedYAMLException marked = null;
        for (Throwable t = e; t != null && marked == null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                marked = m;
            }
        }
        if (marked == null) {
            // Jackson's own checks on a readable document, such as a field given twice.
            JsonLocation where = e.getLocation();
            String key = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
                    ? "script.problem.yaml.duplicate"
                    : "script.problem.yaml.other";
            return where == null || where.getLineNr() < 1
                    ? ScriptProblem.at(null, key)
                    : ScriptProblem.atLine(where.getLineNr(), Math.max(1, where.getColumnNr()), key);
        }
        String problem = String.valueOf(marked.getProblem());
        String context = String.valueOf(marked.getContext());
        Mark mark = marked.getProblemMark();
        String key;
        if (problem.contains("\\t") || problem.contains("\t") || problem.contains("tab")) {
            key = "script.problem.yaml.tab";
        } else if (problem.startsWith("mapping values are not allowed")) {
            key = "script.problem.yaml.colon";
        } else if (problem.contains("could not find expected ':'")) {
            key = "script.problem.yaml.missing-colon";
        } else if (context.contains("quoted scalar")
                || context.contains("flow sequence")
                || context.contains("flow mapping")) {
            key = "script.problem.yaml.unclosed";
            if (marked.getContextMark() != null) {
                mark = marked.getContextMark();
            }
        } else if (problem.contains("expected <block end>")
                || problem.contains("did not find expected key")
                || problem.contains("did not find expected '-'")) {
            key = "script.problem.yaml.indentation";
        } else if (problem.contains("found duplicate key")) {
            key = "script.problem.yaml.duplicate";
        } else {
            key = "script.problem.yaml.other";
        }
        return mark == null
                ? ScriptProblem.at(null, key)
                : ScriptProblem.atLine(mark.getLine() + 1, mark.getColumn() + 1, key);
    }

    private static ScriptDocumentReader parse(byte[] bytes, Syntax syntax) {
        checkSize(bytes.length);
        JsonNode root;
        try {
            root = (syntax == Syntax.JSON ? JSON : YAML).readTree(bytes);
        } catch (JsonProcessingException e) {
            if (syntax == Syntax.YAML) {
                throw new ScriptProblemsException(yamlProblem(e));
            }
            JsonLocation where = e.getLocation();
            String detail = e.getOriginalMessage();
            throw new ScriptProblemsException(
                    where == null || where.getLineNr() < 1
                            ? ScriptProblem.at(null, "script.problem.unreadable", detail)
                            : ScriptProblem.atLine(
                                    where.getLineNr(),
                                    Math.max(1, where.getColumnNr()),
                                    "script.problem.unreadable",
                                    detail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ScriptProblemsException(ScriptProblem.at(null, "script.problem.empty-file"));
        }
        ScriptDocumentReader reader = new ScriptDocumentReader();
        reader.content = reader.script(root);
        return reader;
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.UK, "%,d KB", (bytes + 1023) / 1024);
    }
}
