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
 * One analyst's judgement that a theme applies to an answer, or to a passage of it
 * ({@link Passage}: offsets into the stored text). No copy of the family's words is
 * kept here. A tag is added or removed, never changed, except that it moves to another
 * theme when its theme is merged into that one.
 */
@Entity
@Table(name = "qa_theme_tag")
public class ThemeTag implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "theme_id", nullable = false)
    private Long themeId;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private Long interviewId;

    @Column(name = "answer_id", nullable = false, updatable = false)
    private Long answerId;

    @Column(name = "coder_id", nullable = false, updatable = false)
    private Long coderId;

    @Column(name = "passage_start", updatable = false)
    private Integer passageStart;

    @Column(name = "passage_end", updatable = false)
    private Integer passageEnd;

    @Column(name = "tagged_at", nullable = false, updatable = false)
    private Instant taggedAt;

    protected ThemeTag() {}

    public ThemeTag(
            long organisationId,
            long themeId,
            long interviewId,
            long answerId,
            long coderId,
            Passage passage,
            Instant at) {
        this.organisationId = organisationId;
        this.themeId = themeId;
        this.interviewId = interviewId;
        this.answerId = answerId;
        this.coderId = coderId;
        this.passageStart = passage.start();
        this.passageEnd = passage.end();
        this.taggedAt = Objects.requireNonNull(at);
    }

    /** Whether this tag says the same as another: same coder, answer and passage. */
    public boolean sameJudgementAs(ThemeTag other) {
        return coderId.equals(other.coderId)
                && answerId.equals(other.answerId)
                && Objects.equals(passageStart, other.passageStart)
                && Objects.equals(passageEnd, other.passageEnd);
    }

    /** Moves the tag to the theme its own theme is merged into. */
    public void moveTo(long otherThemeId) {
        this.themeId = otherThemeId;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getThemeId() {
        return themeId;
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

    public Passage getPassage() {
        return new Passage(passageStart, passageEnd);
    }

    public Instant getTaggedAt() {
        return taggedAt;
    }
}
