package org.heard.domain.model.script;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One question of a script, with its three kinds of text: what to read aloud,
 * prompts for when the family is stuck, and guidance for the interviewer only.
 */
@Entity
@Table(name = "script_question")
@Cacheable
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "script_id", nullable = false, updatable = false)
    private Script script;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false, updatable = false)
    private QuestionKind kind;

    @Column(name = "title", length = ScriptContent.TITLE_MAX, nullable = false, updatable = false)
    private String title;

    @Column(name = "read_aloud", nullable = false, updatable = false)
    private String readAloud;

    @Column(name = "prompts", updatable = false)
    private String prompts;

    @Column(name = "guidance", updatable = false)
    private String guidance;

    @OneToMany(mappedBy = "question", fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<RatingStatement> ratingStatements = new ArrayList<>();

    protected Question() {}

    Question(Script script, QuestionContent content) {
        this.script = script;
        this.number = content.getNumber();
        this.kind = content.getKind();
        this.title = content.getTitle().strip();
        this.readAloud = content.getReadAloud().strip();
        this.prompts = optional(content.getPrompts());
        this.guidance = optional(content.getGuidance());
        if (isRatings()) {
            List<String> statements = content.getRatingStatements();
            for (int i = 0; i < statements.size(); i++) {
                ratingStatements.add(
                        new RatingStatement(this, i + 1, statements.get(i).strip()));
            }
        }
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public boolean isRatings() {
        return kind == QuestionKind.RATINGS;
    }

    public String getTitle() {
        return title;
    }

    public String getReadAloud() {
        return readAloud;
    }

    public String getPrompts() {
        return prompts;
    }

    /** The prompts one per line, without their leading "- ". */
    public List<String> getPromptLines() {
        if (prompts == null || prompts.isBlank()) {
            return List.of();
        }
        return Arrays.stream(prompts.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.startsWith("- ") ? line.substring(2) : line)
                .toList();
    }

    public String getGuidance() {
        return guidance;
    }

    public List<RatingStatement> getRatingStatements() {
        return Collections.unmodifiableList(ratingStatements);
    }
}
