package org.heard.domain.model.script;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One statement of a ratings question, e.g. "My social worker works alongside me". */
@Entity
@Table(name = "script_rating_statement")
@Cacheable
public class RatingStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "text", length = ScriptContent.STATEMENT_MAX, nullable = false, updatable = false)
    private String text;

    protected RatingStatement() {}

    RatingStatement(Question question, int position, String text) {
        this.question = question;
        this.position = position;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
