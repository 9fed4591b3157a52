package org.heard.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.organisation.Role;

/**
 * What every administrator use case checks first — a signed-in administrator —
 * and how it starts its audit events: the administrator's organisation's chain,
 * the administrator as actor.
 */
@ApplicationScoped
public class Administration {

    @Inject
    private CallerContext callerContext;

    /** The signed-in administrator; refuses anyone else. */
    public Caller admin() {
        Caller caller = callerContext.caller().orElseThrow(NotSignedInException::new);
        if (!caller.hasRole(Role.ADMIN)) {
            throw new InterviewAccessException();
        }
        return caller;
    }

    /** An audit event by {@code admin} about one entity of their organisation. */
    public static AuditEntry event(Caller admin, AuditAction action, String entityType, Long entityId) {
        return event(admin.getOrganisationId(), admin.getStaffId(), action, entityType, entityId);
    }

    /** An audit event by a member of staff about one entity of an organisation, in that organisation's chain. */
    public static AuditEntry event(
            long organisationId, long actorId, AuditAction action, String entityType, Long entityId) {
        return AuditEntry.of(action).organisation(organisationId).actor(actorId).entity(entityType, entityId);
    }
}
