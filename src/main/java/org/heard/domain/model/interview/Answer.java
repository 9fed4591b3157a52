package org.heard.domain.model.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.heard.domain.shared.InterviewRuleException;

/**
 * The family's answer to one question, in their own words, and the interviewer's
 * note kept apart from it. Optimistically locked: two tabs never silently
 * overwrite each other.
 */
@Entity
@Table(name = "answer")
public class Answer {

    /** Longest answer: about ten pages of transcription. */
    public static final int TEXT_MAX = 20_000;
    /** Longest interviewer's note. */
    public static final int NOTE_MAX = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private Long interviewId;

    @Column(name = "question_id", nullable = false, updatable = false)
    private Long questionId;

    @Column(name = "text", length = TEXT_MAX)
    private String text;

    @Column(name = "declined", nullable = false)
    private boolean declined;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private Long updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Answer() {}

    public Answer(long interviewId, long questionId) {
        this.interviewId = interviewId;
        this.questionId = questionId;
    }

    /**
     * Writes the answer as typed, in {@link TypedText}'s normal form (LF line breaks,
     * no control characters). Too long a text (counted in characters as a person
     * sees them) is refused whole, never cut; so is an answer that is both declined
     * and has words (the interviewer keeps them as a note or clears them first).
     */
    public void write(String text, boolean declined, String note, long by, Instant at) {
        String typedText = TypedText.normalise(text);
        String typedNote = TypedText.normalise(note);
        if (TypedText.length(typedText) > TEXT_MAX) {
            throw new InterviewRuleException("question.error.answer-too-long");
        }
        if (TypedText.length(typedNote) > NOTE_MAX) {
            throw new InterviewRuleException("question.error.note-too-long");
        }
        if (declined && typedText != null && !typedText.isEmpty()) {
            throw new InterviewRuleException("question.error.declined-with-text", "declined");
        }
        this.text = typedText == null || typedText.isEmpty() ? null : typedText;
        this.declined = declined;
        this.note = typedNote == null || typedNote.isEmpty() ? null : typedNote;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Erases the family's words and the note (stopping and discarding, or withdrawal). */
    public void erase() {
        text = null;
        note = null;
    }

    public Long getId() {
        return id;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public String getText() {
        return text;
    }

    public boolean isDeclined() {
        return declined;
    }

    public String getNote() {
        return note;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** Whether there is anything to show: words, or that the family declined. */
    public boolean isProvided() {
        return declined || (text != null && !text.isBlank());
    }
}
