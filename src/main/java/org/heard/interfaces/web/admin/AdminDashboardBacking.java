package org.heard.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.heard.application.administration.StaffService;
import org.heard.application.administration.TeamService;
import org.heard.domain.model.organisation.StaffAccount;
import org.heard.domain.model.organisation.Team;

/** The administrator's landing page: the organisation's teams and staff. */
@Named
@RequestScoped
public class AdminDashboardBacking {

    @Inject
    private TeamService teamService;

    @Inject
    private StaffService staffService;

    private List<Team> teams;
    private List<StaffAccount> staff;

    public List<Team> getTeams() {
        if (teams == null) {
            teams = teamService.teams();
        }
        return teams;
    }

    public List<StaffAccount> getStaff() {
        if (staff == null) {
            staff = staffService.staff();
        }
        return staff;
    }
}
