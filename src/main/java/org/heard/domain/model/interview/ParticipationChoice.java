package org.heard.domain.model.interview;

/** How the family chose to take part, after hearing the statement. */
public enum ParticipationChoice {
    NAMED,
    SOCIAL_WORKER_ONLY,
    ANONYMOUS
}
