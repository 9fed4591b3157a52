package org.heard.application.shared;

import java.io.Serializable;
import java.util.Set;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Role;

/**
 * The signed-in member of staff, as the application needs to know them: ids and
 * names, never a password. A plain class with getters rather than a record, so
 * that Faces pages (Jakarta EL 5) can read it.
 */
public final class Caller implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long staffId;
    private final long organisationId;
    private final String organisationCode;
    private final String organisationName;
    private final String displayName;
    private final Set<Role> roles;
    private final InterviewerKind interviewerKind;
    private final boolean mustChangePassword;

    /** @param interviewerKind null for staff who do not interview */
    public Caller(
            long staffId,
            long organisationId,
            String organisationCode,
            String organisationName,
            String displayName,
            Set<Role> roles,
            InterviewerKind interviewerKind) {
        this(staffId, organisationId, organisationCode, organisationName, displayName, roles, interviewerKind, false);
    }

    /** @param mustChangePassword whether the password is temporary and must be changed before anything else */
    public Caller(
            long staffId,
            long organisationId,
            String organisationCode,
            String organisationName,
            String displayName,
            Set<Role> roles,
            InterviewerKind interviewerKind,
            boolean mustChangePassword) {
        this.staffId = staffId;
        this.organisationId = organisationId;
        this.organisationCode = organisationCode;
        this.organisationName = organisationName;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.interviewerKind = interviewerKind;
        this.mustChangePassword = mustChangePassword;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public long getStaffId() {
        return staffId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    /** The interviewer's kind, or null for staff who do not interview. */
    public InterviewerKind getInterviewerKind() {
        return interviewerKind;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
