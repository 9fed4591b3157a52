package org.heard.domain.model.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Organisations are not owned by an organisation, so this repository is not scoped. */
public interface OrganisationRepository {

    Optional<Organisation> find(Long id);

    Optional<Organisation> findByCode(String code);

    List<Organisation> findAll();

    Organisation store(Organisation organisation);

    /** How many staff accounts each organisation has, by organisation id (organisations without any are absent). */
    Map<Long, Long> staffCounts();
}
