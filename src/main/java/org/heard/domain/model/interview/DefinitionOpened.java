package org.heard.domain.model.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A definition opened during an interview: which words families needed explained. One
 * record per definition per interview, however often it was opened.
 */
@Entity
@Table(name = "definition_opened")
public class DefinitionOpened {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private Long interviewId;

    @Column(name = "definition_id", nullable = false, updatable = false)
    private Long definitionId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    protected DefinitionOpened() {}

    public DefinitionOpened(long interviewId, long definitionId, Instant openedAt) {
        this.interviewId = interviewId;
        this.definitionId = definitionId;
        this.openedAt = openedAt;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public Long getDefinitionId() {
        return definitionId;
    }
}
