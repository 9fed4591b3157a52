package org.heard.domain.model.organisation;

import java.util.List;
import java.util.Optional;

/** Teams of the caller's organisation; every method is scoped to it. */
public interface TeamRepository {

    /** The team with this id, if it exists and belongs to the caller's organisation. */
    Optional<Team> find(Long id);

    /** The caller's organisation's teams, by name. */
    List<Team> findAll();

    /** Stores a new team of the caller's organisation and assigns its id. */
    Team store(Team team);
}
