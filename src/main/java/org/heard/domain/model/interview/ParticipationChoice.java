package org.heard.domain.model.interview;

/**
 * How the family chose to take part, after hearing the statement, and so which names the
 * interview keeps: giving their name keeps the family's and the social worker's; giving only
 * the social worker's name keeps the social worker's and not the family's; staying anonymous
 * keeps neither.
 */
public enum ParticipationChoice {
    NAMED(true, true),
    SOCIAL_WORKER_ONLY(false, true),
    ANONYMOUS(false, false);

    private final boolean familyName;
    private final boolean socialWorkerName;

    ParticipationChoice(boolean familyName, boolean socialWorkerName) {
        this.familyName = familyName;
        this.socialWorkerName = socialWorkerName;
    }

    /** Whether the family's (respondent's) name is kept; only such a family can be followed over time. */
    public boolean keepsFamilyName() {
        return familyName;
    }

    /** Whether the social worker's name is kept, so the feedback can be shared in their supervision. */
    public boolean keepsSocialWorkerName() {
        return socialWorkerName;
    }
}
