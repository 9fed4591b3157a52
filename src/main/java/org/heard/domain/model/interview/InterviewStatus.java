package org.heard.domain.model.interview;

/** The life of an interview. */
public enum InterviewStatus {
    /** Set up; the statement has not been answered yet. No answer can be stored. */
    STARTED,
    /** The family declined to take part: only the fact of the declined statement is kept. */
    DECLINED,
    /** The family agreed; answers are being recorded. */
    IN_PROGRESS,
    /** Submitted and locked; only a supervisor may correct it, with a reason. */
    SUBMITTED,
    /** Stopped early; the family chose to keep what was said so far. */
    STOPPED_KEPT,
    /** Stopped early; the family chose to discard what was said: answers were erased. */
    STOPPED_DISCARDED,
    /** The family withdrew afterwards: everything personal was erased; a tombstone remains. */
    WITHDRAWN;

    /** Whether answers may still be written by the interviewer. */
    public boolean isOpenForAnswers() {
        return this == IN_PROGRESS;
    }

    /** Whether the interview is finished, whatever the outcome. */
    public boolean isClosed() {
        return this != STARTED && this != IN_PROGRESS;
    }
}
