package org.heard.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.heard.application.administration.TeamService;
import org.heard.domain.model.organisation.Team;

/** The analyst's landing page: the teams whose feedback they collate. */
@Named
@RequestScoped
public class QaDashboardBacking {

    @Inject
    private TeamService teamService;

    private List<Team> teams;

    public List<Team> getTeams() {
        if (teams == null) {
            teams = teamService.teams();
        }
        return teams;
    }
}
