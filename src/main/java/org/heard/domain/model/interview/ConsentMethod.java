package org.heard.domain.model.interview;

/** How the statement was given and consent obtained. */
public enum ConsentMethod {
    READ_ALOUD_BY_TELEPHONE,
    READ_ALOUD_IN_PERSON;

    public static ConsentMethod of(InterviewMode mode) {
        return mode == InterviewMode.TELEPHONE ? READ_ALOUD_BY_TELEPHONE : READ_ALOUD_IN_PERSON;
    }
}
