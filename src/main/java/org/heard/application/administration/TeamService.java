package org.heard.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.organisation.TeamRepository;
import org.heard.domain.shared.NotFoundException;

/** Reads the caller's organisation's teams. */
@ApplicationScoped
public class TeamService {

    @Inject
    private TeamRepository teams;

    public List<Team> teams() {
        return teams.findAll();
    }

    /** The team, or {@link NotFoundException} when it does not exist or belongs to another organisation. */
    public Team team(@NotNull Long id) {
        return teams.get(id);
    }
}
