package org.heard.domain.model.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.heard.domain.shared.OrganisationOwned;

/**
 * That one analyst has finished coding one answer, with or without themes. From then
 * on their tags of that answer are fixed, and they may see other analysts' tags: the
 * coding was blind until now. Only answers both analysts marked coded count towards
 * their agreement.
 */
@Entity
@Table(name = "qa_coding")
public class AnswerCoding implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private Long interviewId;

    @Column(name = "answer_id", nullable = false, updatable = false)
    private Long answerId;

    @Column(name = "coder_id", nullable = false, updatable = false)
    private Long coderId;

    @Column(name = "coded_at", nullable = false, updatable = false)
    private Instant codedAt;

    protected AnswerCoding() {}

    public AnswerCoding(long organisationId, long interviewId, long answerId, long coderId, Instant at) {
        this.organisationId = organisationId;
        this.interviewId = interviewId;
        this.answerId = answerId;
        this.coderId = coderId;
        this.codedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public Long getAnswerId() {
        return answerId;
    }

    public Long getCoderId() {
        return coderId;
    }

    public Instant getCodedAt() {
        return codedAt;
    }
}
