package org.heard.domain.model.organisation;

/** Who an interviewer is, as the framework distinguishes them. */
public enum InterviewerKind {
    /** A parent with lived experience of children's social care, often interviewing by telephone. */
    EXPERT_BY_EXPERIENCE,
    /** A practitioner of the local authority, often interviewing in person. */
    PRACTITIONER
}
