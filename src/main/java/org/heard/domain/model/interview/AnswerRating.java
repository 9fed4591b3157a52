package org.heard.domain.model.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.heard.domain.shared.InterviewRuleException;

/** The family's rating of one statement, 1 to 5, or null when not answered. */
@Entity
@Table(name = "answer_rating")
public class AnswerRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private Long interviewId;

    @Column(name = "statement_id", nullable = false, updatable = false)
    private Long statementId;

    @Column(name = "value")
    private Integer value;

    protected AnswerRating() {}

    public AnswerRating(long interviewId, long statementId) {
        this.interviewId = interviewId;
        this.statementId = statementId;
    }

    /** Sets the rating; null means not answered. Values off the 1–5 scale are refused. */
    public void rate(Integer value) {
        if (value != null && (value < 1 || value > 5)) {
            throw new InterviewRuleException("question.error.rating-range");
        }
        this.value = value;
    }

    public Long getId() {
        return id;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public Long getStatementId() {
        return statementId;
    }

    public Integer getValue() {
        return value;
    }
}
