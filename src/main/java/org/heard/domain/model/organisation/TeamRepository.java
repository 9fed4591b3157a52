package org.heard.domain.model.organisation;

import java.util.List;
import java.util.Optional;
import org.heard.domain.shared.NotFoundException;

/** Teams of the caller's organisation; every method is scoped to it. */
public interface TeamRepository {

    /** The team with this id, if it exists and belongs to the caller's organisation. */
    Optional<Team> find(Long id);

    /** The team with this id; {@link NotFoundException} when there is none in the caller's organisation. */
    default Team get(Long id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    /** The caller's organisation's teams, by name. */
    List<Team> findAll();

    /** Stores a new team of the caller's organisation and assigns its id. */
    Team store(Team team);
}
