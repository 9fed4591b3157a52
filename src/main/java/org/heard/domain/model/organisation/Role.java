package org.heard.domain.model.organisation;

/**
 * What a staff member may do. One person may hold several roles. The names are
 * the Jakarta Security group and role names used in {@code web.xml}.
 */
public enum Role {
    /** Runs interviews with families. */
    INTERVIEWER,
    /** Manages interviewers; owns consent, withdrawals and safeguarding alerts. */
    SUPERVISOR,
    /** Collates and themes feedback without identifying anyone. */
    QA_ANALYST,
    /** Runs the organisation's part of Heard: staff, teams, statements, scripts. */
    ADMIN,
    /**
     * Runs the installation: creates organisations with their first administrator. Sees no organisation's
     * family data, teams or staff. Never given by an organisation's administrators.
     */
    PLATFORM_ADMIN;

    /** Path of this role's landing page, relative to the application's root. */
    public String landingPage() {
        return switch (this) {
            case INTERVIEWER -> "/interviewer/index.xhtml";
            case SUPERVISOR -> "/supervisor/index.xhtml";
            case QA_ANALYST -> "/qa/index.xhtml";
            case ADMIN -> "/admin/index.xhtml";
            case PLATFORM_ADMIN -> "/platform/index.xhtml";
        };
    }

    /** Whether an organisation's administrators may give this role to their staff. */
    public boolean isOrganisationRole() {
        return this != PLATFORM_ADMIN;
    }
}
