package org.heard.domain.model.script;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The whole text of a script version, before it is published: its code, title,
 * introduction, the rating scale and the questions in order. A draft holds one, a
 * script document is one written down, and {@link Script#publish} turns one into a
 * version that never changes. {@link #problems()} lists everything that stops it
 * being published, each with the field's path in the script document.
 */
public class ScriptContent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int CODE_MAX = 64;
    /** Also the column lengths of script.title and script_question.title. */
    public static final int TITLE_MAX = 200;

    public static final int TEXT_MAX = 20_000;
    /** Also the column length of script_scale_label.label. */
    public static final int LABEL_MAX = 100;
    /** Also the column length of script_rating_statement.text. */
    public static final int STATEMENT_MAX = 500;

    public static final int QUESTIONS_MAX = 50;
    public static final int STATEMENTS_MAX = 20;
    /** The rating scale always runs from 1 to this value. */
    public static final int SCALE_SIZE = 5;

    private String code;
    private String title;
    private String introduction;
    private List<ScaleLabel> scale = new ArrayList<>();
    private List<QuestionContent> questions = new ArrayList<>();

    /** One value of the rating scale and its label, e.g. 5, "Strongly agree". */
    public static class ScaleLabel implements Serializable {

        private static final long serialVersionUID = 1L;

        private int value;
        private String label;

        public ScaleLabel() {}

        public ScaleLabel(int value, String label) {
            this.value = value;
            this.label = label;
        }

        public int getValue() {
            return value;
        }

        public void setValue(int value) {
            this.value = value;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public ScriptContent() {}

    /** A copy of a published version, the start of its next version's draft. */
    public static ScriptContent of(Script script) {
        ScriptContent content = new ScriptContent();
        content.code = script.getCode();
        content.title = script.getTitle();
        content.introduction = script.getIntroduction();
        script.getScaleLabels().forEach((value, label) -> content.scale.add(new ScaleLabel(value, label)));
        script.getQuestions().forEach(q -> content.questions.add(QuestionContent.of(q)));
        return content;
    }

    /** Numbers the questions 1, 2, 3… in their order. */
    public void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).setNumber(i + 1);
        }
    }

    /** Everything that stops this content being published; empty when it may be. */
    public List<ScriptProblem> problems() {
        List<ScriptProblem> problems = new ArrayList<>();
        if (isBlank(code)) {
            problems.add(ScriptProblem.at("code", "script.problem.required"));
        } else if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            problems.add(ScriptProblem.at("code", "script.problem.code", CODE_MAX));
        }
        text(problems, "title", title, TITLE_MAX, true);
        text(problems, "introduction", introduction, TEXT_MAX, true);
        scaleProblems(problems);
        if (questions.isEmpty()) {
            problems.add(ScriptProblem.at("questions", "script.problem.no-questions"));
        } else if (questions.size() > QUESTIONS_MAX) {
            problems.add(ScriptProblem.at("questions", "script.problem.too-many-questions", QUESTIONS_MAX));
        }
        for (int i = 0; i < questions.size(); i++) {
            questionProblems(problems, "questions[" + i + "]", questions.get(i), i + 1);
        }
        return problems;
    }

    private void scaleProblems(List<ScriptProblem> problems) {
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < scale.size(); i++) {
            ScaleLabel label = scale.get(i);
            if (label.getValue() < 1 || label.getValue() > SCALE_SIZE) {
                problems.add(ScriptProblem.at("scale[" + i + "].value", "script.problem.scale-value", SCALE_SIZE));
            } else if (!values.add(label.getValue())) {
                problems.add(
                        ScriptProblem.at("scale[" + i + "].value", "script.problem.scale-twice", label.getValue()));
            }
            text(problems, "scale[" + i + "].label", label.getLabel(), LABEL_MAX, true);
        }
        for (int value = 1; value <= SCALE_SIZE; value++) {
            if (!values.contains(value)) {
                problems.add(ScriptProblem.at("scale", "script.problem.scale-missing", value, SCALE_SIZE));
            }
        }
    }

    private static void questionProblems(List<ScriptProblem> problems, String path, QuestionContent q, int expected) {
        if (q.getNumber() != expected) {
            problems.add(ScriptProblem.at(path + ".number", "script.problem.number-order", expected));
        }
        if (q.getKind() == null) {
            problems.add(ScriptProblem.at(path + ".kind", "script.problem.required"));
        }
        text(problems, path + ".title", q.getTitle(), TITLE_MAX, true);
        text(problems, path + ".readAloud", q.getReadAloud(), TEXT_MAX, true);
        text(problems, path + ".prompts", q.getPrompts(), TEXT_MAX, false);
        text(problems, path + ".guidance", q.getGuidance(), TEXT_MAX, false);
        List<String> statements = q.getRatingStatements();
        if (q.isRatings()) {
            if (statements.isEmpty()) {
                problems.add(ScriptProblem.at(path + ".ratingStatements", "script.problem.no-statements"));
            } else if (statements.size() > STATEMENTS_MAX) {
                problems.add(ScriptProblem.at(
                        path + ".ratingStatements", "script.problem.too-many-statements", STATEMENTS_MAX));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < statements.size(); i++) {
                String statement = statements.get(i);
                String at = path + ".ratingStatements[" + i + "]";
                text(problems, at, statement, STATEMENT_MAX, true);
                if (!isBlank(statement) && !seen.add(statement.strip().toLowerCase(Locale.ROOT))) {
                    problems.add(ScriptProblem.at(at, "script.problem.statement-twice"));
                }
            }
        } else if (!statements.isEmpty()) {
            problems.add(ScriptProblem.at(path + ".ratingStatements", "script.problem.statements-not-ratings"));
        }
    }

    private static void text(List<ScriptProblem> problems, String path, String value, int max, boolean required) {
        if (isBlank(value)) {
            if (required) {
                problems.add(ScriptProblem.at(path, "script.problem.required"));
            }
        } else if (value.length() > max) {
            problems.add(ScriptProblem.at(path, "script.problem.too-long", max));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public List<ScaleLabel> getScale() {
        return scale;
    }

    public void setScale(List<ScaleLabel> scale) {
        this.scale = new ArrayList<>(scale);
    }

    public List<QuestionContent> getQuestions() {
        return questions;
    }

    public void setQuestions(List<QuestionContent> questions) {
        this.questions = new ArrayList<>(questions);
    }
}
