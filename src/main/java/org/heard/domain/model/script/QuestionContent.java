package org.heard.domain.model.script;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one question of a {@link ScriptContent}: what an administrator edits in
 * a draft and what a script document holds. See {@link ScriptContent} for the rules.
 */
public class QuestionContent implements Serializable {

    private static final long serialVersionUID = 1L;

    private int number;
    private QuestionKind kind = QuestionKind.FREE_TEXT;
    private String title;
    private String readAloud;
    private String prompts;
    private String guidance;
    private List<String> ratingStatements = new ArrayList<>();

    public QuestionContent() {}

    /** A copy of a published question. */
    public static QuestionContent of(Question question) {
        QuestionContent content = new QuestionContent();
        content.number = question.getNumber();
        content.kind = question.getKind();
        content.title = question.getTitle();
        content.readAloud = question.getReadAloud();
        content.prompts = question.getPrompts();
        content.guidance = question.getGuidance();
        question.getRatingStatements().forEach(s -> content.ratingStatements.add(s.getText()));
        return content;
    }

    public boolean isRatings() {
        return kind == QuestionKind.RATINGS;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReadAloud() {
        return readAloud;
    }

    public void setReadAloud(String readAloud) {
        this.readAloud = readAloud;
    }

    public String getPrompts() {
        return prompts;
    }

    public void setPrompts(String prompts) {
        this.prompts = prompts;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public List<String> getRatingStatements() {
        return ratingStatements;
    }

    public void setRatingStatements(List<String> ratingStatements) {
        this.ratingStatements = new ArrayList<>(ratingStatements);
    }

    /** The rating statements one per line, as an administrator types them. */
    public String getRatingStatementLines() {
        return String.join("\n", ratingStatements);
    }

    public void setRatingStatementLines(String lines) {
        ratingStatements = new ArrayList<>(
                lines == null
                        ? List.of()
                        : lines.lines()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .toList());
    }
}
