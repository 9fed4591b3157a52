package org.heard.application.audit;

import org.heard.application.shared.Caller;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEntry;

/**
 * How a use case starts its audit events: in the acting member of staff's
 * organisation's chain, with them as actor, about one entity.
 */
public final class AuditEvents {

    private AuditEvents() {}

    /** An audit event by {@code actor} about one entity of their organisation. */
    public static AuditEntry event(Caller actor, AuditAction action, String entityType, Long entityId) {
        return event(actor.getOrganisationId(), actor.getStaffId(), action, entityType, entityId);
    }

    /** An audit event by a member of staff about one entity of an organisation, in that organisation's chain. */
    public static AuditEntry event(
            long organisationId, long actorId, AuditAction action, String entityType, Long entityId) {
        return AuditEntry.of(action).organisation(organisationId).actor(actorId).entity(entityType, entityId);
    }
}
