package org.heard.application.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One named interview's feedback for supervision: the social worker's name the
 * family gave, the family's name only when they gave it, and their answers.
 */
public final class FeedbackItem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long interviewId;
    private final String reference;
    private final Instant endedAt;
    private final String socialWorkerName;
    private final String respondentName;
    private final List<Answer> answers;
    private final LocalDate discussedOn;
    private final String discussedRecordedBy;

    public FeedbackItem(
            long interviewId,
            String reference,
            Instant endedAt,
            String socialWorkerName,
            String respondentName,
            List<Answer> answers,
            LocalDate discussedOn,
            String discussedRecordedBy) {
        this.interviewId = interviewId;
        this.reference = reference;
        this.endedAt = endedAt;
        this.socialWorkerName = socialWorkerName;
        this.respondentName = respondentName;
        this.answers = List.copyOf(answers);
        this.discussedOn = discussedOn;
        this.discussedRecordedBy = discussedRecordedBy;
    }

    public long getInterviewId() {
        return interviewId;
    }

    public String getReference() {
        return reference;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getSocialWorkerName() {
        return socialWorkerName;
    }

    /** The family's name when they chose to give it; null otherwise. */
    public String getRespondentName() {
        return respondentName;
    }

    public List<Answer> getAnswers() {
        return answers;
    }

    public boolean isDiscussed() {
        return discussedOn != null;
    }

    public LocalDate getDiscussedOn() {
        return discussedOn;
    }

    public String getDiscussedRecordedBy() {
        return discussedRecordedBy;
    }

    /** One answer, by question. */
    public record Answer(int number, String title, String text, boolean declined) implements Serializable {
        public int getNumber() {
            return number;
        }

        public String getTitle() {
            return title;
        }

        public String getText() {
            return text;
        }

        public boolean isDeclined() {
            return declined;
        }
    }
}
