package org.heard.application.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.heard.application.administration.ScriptDocument.Syntax;
import org.heard.domain.model.script.QuestionKind;
import org.heard.domain.model.script.ScriptContent;
import org.heard.domain.model.script.ScriptProblem;
import org.heard.domain.model.script.ScriptProblemsException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reading and writing script documents: every way a document can be refused, and the documented example. */
class ScriptDocumentTest {

    private static final Path EXAMPLE = Path.of("docs", "script-parents-carers.json");
    private static final ResourceBundle MESSAGES =
            ResourceBundle.getBundle("org.heard.interfaces.web.messages", Locale.UK);

    private static String example() throws IOException {
        return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    }

    private static ScriptContent read(String document, Syntax syntax) {
        return ScriptDocument.read(document.getBytes(StandardCharsets.UTF_8), syntax);
    }

    /** The problems of a refused document; each has a message in the bundle that formats. */
    private static List<ScriptProblem> problems(String document, Syntax syntax) {
        ScriptProblemsException refused = assertThrows(ScriptProblemsException.class, () -> read(document, syntax));
        for (ScriptProblem problem : refused.getProblems()) {
            assertTrue(MESSAGES.containsKey(problem.key()), problem.key());
            new MessageFormat(MESSAGES.getString(problem.key()), Locale.UK)
                    .format(problem.args().toArray());
        }
        return refused.getProblems();
    }

    private static boolean has(List<ScriptProblem> problems, String path, String key) {
        return problems.stream().anyMatch(p -> key.equals(p.key()) && java.util.Objects.equals(path, p.path()));
    }

    private static String minimal(String questions) {
        return """
                {"format": "heard-script/1", "code": "test-script", "title": "Test", "introduction": "Hello",
                 "scale": [{"value": 1, "label": "a"}, {"value": 2, "label": "b"}, {"value": 3, "label": "c"},
                           {"value": 4, "label": "d"}, {"value": 5, "label": "e"}],
                 "questions": %s}
                """
                .formatted(questions);
    }

    private static String question(int number) {
        return """
                {"number": %d, "kind": "FREE_TEXT", "title": "Q%d", "readAloud": "Tell me."}"""
                .formatted(number, number);
    }

    @Test
    @DisplayName("The documented example is exactly what Heard writes for the seeded script, and reads back whole")
    void documentedExample() throws IOException {
        String example = example();
        ScriptContent content = read(example, Syntax.JSON);
        assertEquals("parents-carers", content.getCode());
        assertEquals(7, content.getQuestions().size());
        assertEquals(QuestionKind.RATINGS, content.getQuestions().get(1).getKind());
        assertEquals(5, content.getQuestions().get(1).getRatingStatements().size());
        assertEquals(
                example.strip(), ScriptDocument.write(content, 1, Syntax.JSON).strip());
    }

    @Test
    @DisplayName("The same script written as YAML reads back to the same content")
    void yamlRoundTrip() throws IOException {
        ScriptContent content = read(example(), Syntax.JSON);
        String yaml = ScriptDocument.write(content, 1, Syntax.YAML);
        assertTrue(yaml.startsWith("format: heard-script/1"), yaml.substring(0, 40));
        assertEquals(Files.readString(Path.of("docs", "script-parents-carers.yaml"), StandardCharsets.UTF_8), yaml);
        ScriptContent again = read(yaml, Syntax.YAML);
        assertEquals(ScriptDocument.write(content, 1, Syntax.JSON), ScriptDocument.write(again, 1, Syntax.JSON));
        assertEquals(Syntax.YAML, ScriptDocument.syntaxOf("children.yml", new byte[0]));
        assertEquals(Syntax.JSON, ScriptDocument.syntaxOf(null, "  {".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Syntax.YAML, ScriptDocument.syntaxOf("script", "format: x".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("Malformed JSON is refused with the line and column where reading stopped")
    void malformedJson() {
        List<ScriptProblem> problems = problems("{\n  \"format\": \"heard-script/1\",\n  \"code\": ,\n}", Syntax.JSON);
        assertEquals(1, problems.size());
        assertEquals("script.problem.unreadable", problems.get(0).key());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).column() > 1);
    }

    @Test
    @DisplayName("Malformed YAML is refused with its line")
    void malformedYaml() {
        List<ScriptProblem> problems = problems("format: heard-script/1\ncode: [unclosed\ntitle: x\n", Syntax.YAML);
        assertEquals(1, problems.size());
        // The bracket opened on line 2, column 7 is never closed: said in plain words, where it opened.
        assertEquals("script.problem.yaml.unclosed", problems.get(0).key());
        assertEquals(2, problems.get(0).line());
        assertEquals(7, problems.get(0).column());
    }

    @Test
    @DisplayName("The usual YAML mistakes are named in plain words, at their line and column")
    void yamlInPlainWords() {
        String[][] cases = {
            {"format: heard-script/1\ntitle: Time: ten\n", "script.problem.yaml.colon", "2"},
            {"format: heard-script/1\ncode: x\n\ttitle: y\n", "script.problem.yaml.tab", "3"},
            {"format: heard-script/1\ncode: \"unclosed\ntitle: x\n", "script.problem.yaml.unclosed", "2"},
            {"format: heard-script/1\n  code: x\ntitle: y\n", "script.problem.yaml.colon", "2"},
            {"questions:\n  - number: 1\n    title: a\n   kind: b\n", "script.problem.yaml.indentation", "4"},
            {"format: heard-script/1\ncode: a\ncode: b\n", "script.problem.yaml.duplicate", "3"},
        };
        for (String[] c : cases) {
            List<ScriptProblem> problems = problems(c[0], Syntax.YAML);
            assertEquals(1, problems.size(), c[0]);
            ScriptProblem problem = problems.get(0);
            assertEquals(c[1], problem.key(), c[0] + " → " + problem);
            assertEquals(Integer.valueOf(c[2]), problem.line(), c[0] + " → " + problem);
            assertTrue(problem.column() >= 1, c[0] + " → " + problem);
        }
    }

    @Test
    @DisplayName("A repeated field is refused, not silently overwritten")
    void duplicateKeys() {
        List<ScriptProblem> problems =
                problems("{\"format\": \"heard-script/1\",\n\"code\": \"a\",\n\"code\": \"b\"}", Syntax.JSON);
        assertEquals("script.problem.unreadable", problems.get(0).key());
        assertEquals(3, problems.get(0).line());
        assertTrue(problems.get(0).args().get(0).toString().contains("code"));
    }

    @Test
    @DisplayName("Missing fields are each reported by their path")
    void missingFields() {
        List<ScriptProblem> problems = problems("{\"format\": \"heard-script/1\"}", Syntax.JSON);
        assertTrue(has(problems, "code", "script.problem.required"), problems.toString());
        assertTrue(has(problems, "title", "script.problem.required"));
        assertTrue(has(problems, "introduction", "script.problem.required"));
        assertTrue(has(problems, "scale", "script.problem.scale-missing"));
        assertTrue(has(problems, "questions", "script.problem.no-questions"));
        List<ScriptProblem> noFormat =
                problems(minimal("[" + question(1) + "]").replace("heard-script/1", "v2"), Syntax.JSON);
        assertTrue(has(noFormat, "format", "script.problem.format"));
    }

    @Test
    @DisplayName("A script with no questions is refused")
    void noQuestions() {
        assertTrue(has(problems(minimal("[]"), Syntax.JSON), "questions", "script.problem.no-questions"));
    }

    @Test
    @DisplayName("Duplicate and missing question numbers are refused")
    void questionNumbers() {
        List<ScriptProblem> duplicate =
                problems(minimal("[" + question(1) + "," + question(2) + "," + question(2) + "]"), Syntax.JSON);
        assertTrue(has(duplicate, "questions[2].number", "script.problem.number-twice"), duplicate.toString());
        List<ScriptProblem> gap =
                problems(minimal("[" + question(1) + "," + question(2) + "," + question(4) + "]"), Syntax.JSON);
        // The gap is pointed at the entry, with the number the author wrote and the one expected.
        assertTrue(has(gap, "questions[2].number", "script.problem.number-gap"), gap.toString());
        assertEquals(
                List.of(4, 3),
                gap.stream()
                        .filter(p -> p.key().equals("script.problem.number-gap"))
                        .findFirst()
                        .orElseThrow()
                        .args());
        assertEquals(1, gap.size(), gap.toString());
        List<ScriptProblem> order = problems(minimal("[" + question(2) + "," + question(1) + "]"), Syntax.JSON);
        assertTrue(has(order, "questions[0].number", "script.problem.number-order"), order.toString());
    }

    @Test
    @DisplayName("Wrong types are refused at their field")
    void wrongTypes() {
        String document = minimal(
                        """
                [{"number": "1", "kind": "FREE_TEXT", "title": 5, "readAloud": "x"},
                 {"number": 2, "kind": "ESSAY", "title": "t", "readAloud": ["x"]},
                 {"number": 3, "kind": "RATINGS", "title": "t", "readAloud": "r", "ratingStatements": [1, "ok"]}]""")
                .replace("\"scale\": [", "\"version\": \"one\", \"scale\": [");
        List<ScriptProblem> problems = problems(document, Syntax.JSON);
        assertTrue(has(problems, "questions[0].number", "script.problem.whole-number"), problems.toString());
        assertTrue(has(problems, "questions[0].title", "script.problem.text"));
        assertTrue(has(problems, "questions[1].kind", "script.problem.kind"));
        assertTrue(has(problems, "questions[1].readAloud", "script.problem.text"));
        assertTrue(has(problems, "questions[2].ratingStatements[0]", "script.problem.text"));
        assertTrue(has(problems, "version", "script.problem.whole-number"));
        assertFalse(has(problems, "questions[0].title", "script.problem.required"), "one problem per field");
        List<ScriptProblem> notList = problems(minimal("{\"number\": 1}"), Syntax.JSON);
        assertTrue(has(notList, "questions", "script.problem.array"));
        assertTrue(has(problems("[1, 2]", Syntax.JSON), null, "script.problem.not-an-object"));
    }

    @Test
    @DisplayName("Unknown fields are refused, at the top and inside questions and the scale")
    void unknownFields() {
        String document = minimal("[{\"number\": 1, \"kind\": \"FREE_TEXT\", \"title\": \"t\", \"readAloud\": \"r\","
                        + " \"hint\": \"h\"}]")
                .replace("\"code\"", "\"colour\": \"blue\", \"code\"")
                .replace("{\"value\": 1, \"label\": \"a\"}", "{\"value\": 1, \"label\": \"a\", \"emoji\": \":)\"}");
        List<ScriptProblem> problems = problems(document, Syntax.JSON);
        assertTrue(has(problems, "colour", "script.problem.unknown-field"), problems.toString());
        assertTrue(has(problems, "questions[0].hint", "script.problem.unknown-field"));
        assertTrue(has(problems, "scale[0].emoji", "script.problem.unknown-field"));
    }

    @Test
    @DisplayName("Rating statements only on ratings questions, and a ratings question has some")
    void ratingStatements() {
        List<ScriptProblem> problems = problems(
                minimal(
                        """
                [{"number": 1, "kind": "FREE_TEXT", "title": "t", "readAloud": "r", "ratingStatements": ["a"]},
                 {"number": 2, "kind": "RATINGS", "title": "t", "readAloud": "r"},
                 {"number": 3, "kind": "RATINGS", "title": "t", "readAloud": "r", "ratingStatements": ["Same", "same"]}]"""),
                Syntax.JSON);
        assertTrue(has(problems, "questions[0].ratingStatements", "script.problem.statements-not-ratings"));
        assertTrue(has(problems, "questions[1].ratingStatements", "script.problem.no-statements"));
        assertTrue(has(problems, "questions[2].ratingStatements[1]", "script.problem.statement-twice"));
    }

    @Test
    @DisplayName("The scale needs a label for each value from 1 to 5, each once")
    void scale() {
        String document = minimal("[" + question(1) + "]")
                .replace("{\"value\": 2, \"label\": \"b\"}", "{\"value\": 1, \"label\": \"b\"}")
                .replace("{\"value\": 5, \"label\": \"e\"}", "{\"value\": 6, \"label\": \"\"}");
        List<ScriptProblem> problems = problems(document, Syntax.JSON);
        assertTrue(has(problems, "scale[1].value", "script.problem.scale-twice"), problems.toString());
        assertTrue(has(problems, "scale[4].value", "script.problem.scale-value"));
        assertTrue(has(problems, "scale[4].label", "script.problem.required"));
        assertTrue(has(problems, "scale", "script.problem.scale-missing"));
    }

    @Test
    @DisplayName("Too long texts and a bad code are refused")
    void limits() {
        String document = minimal("[" + question(1) + "]")
                .replace("\"title\": \"Test\"", "\"title\": \"" + "t".repeat(201) + "\"")
                .replace("test-script", "Test Script!");
        List<ScriptProblem> problems = problems(document, Syntax.JSON);
        assertTrue(has(problems, "title", "script.problem.too-long"), problems.toString());
        assertTrue(has(problems, "code", "script.problem.code"));
    }

    @Test
    @DisplayName("An empty document and one of many megabytes are refused before they are read")
    void sizes() {
        assertTrue(has(problems("", Syntax.JSON), null, "script.problem.empty-file"));
        assertTrue(has(problems("   \n", Syntax.YAML), null, "script.problem.empty-file"));
        byte[] big = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        ScriptProblemsException refused =
                assertThrows(ScriptProblemsException.class, () -> ScriptDocument.read(big, Syntax.JSON));
        ScriptProblem problem = refused.getProblems().get(0);
        assertEquals("script.problem.too-large", problem.key());
        assertEquals(List.of("5,120 KB", "1,024 KB"), problem.args());
        assertNull(problem.line());
    }

    @Test
    @DisplayName("A valid minimal document reads, and a draft's unfinished document reads without being judged")
    void valid() {
        ScriptContent content = read(minimal("[" + question(1) + "]"), Syntax.JSON);
        assertTrue(content.problems().isEmpty());
        content.getQuestions().get(0).setReadAloud("");
        String unfinished = ScriptDocument.write(content, null, Syntax.JSON);
        assertEquals(
                "", ScriptDocument.readDraft(unfinished).getQuestions().get(0).getReadAloud());
        assertFalse(ScriptDocument.readDraft(unfinished).problems().isEmpty());
    }
}
