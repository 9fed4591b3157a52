package org.heard.domain.model.interview;

/** Where the interviewer is in the journey. */
public enum Step {
    STATEMENT,
    QUESTIONS,
    SUPPORT,
    CHECK,
    DONE
}
