package org.heard.interfaces.web.admin.teams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.heard.application.administration.TeamService;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.cdi.Param;

/** Serves {@code /admin/teams/view.xhtml?id=…}; an id of another organisation is "not found". */
@Named
@RequestScoped
public class ViewTeamBacking {

    @Inject
    private TeamService teamService;

    @Inject
    @Param(name = "id")
    private Long id;

    private Team team;

    /** View action: loads the team or answers 404. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        team = teamService.team(id);
    }

    public Team getTeam() {
        return team;
    }
}
