package org.heard.domain.shared;

/**
 * Marks data that belongs to one local authority. Every read of such data goes
 * through an organisation-scoped repository, which compares this id with the
 * caller's organisation before anything is returned.
 */
public interface OrganisationOwned {

    /** The id of the organisation that owns this record; never null once persisted. */
    Long getOrganisationId();
}
