package org.heard.domain.model.interview;

/** How the interview is held. */
public enum InterviewMode {
    TELEPHONE,
    IN_PERSON
}
