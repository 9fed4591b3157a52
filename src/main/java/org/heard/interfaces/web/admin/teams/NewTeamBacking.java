package org.heard.interfaces.web.admin.teams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.heard.application.administration.AdministrationService;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.shared.InterviewRuleException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Serves {@code /admin/teams/new.xhtml}: a new team of the administrator's organisation. */
@Named
@RequestScoped
public class NewTeamBacking {

    @Inject
    private AdministrationService administration;

    private String name;

    public void create() throws IOException {
        try {
            Team team = administration.createTeam(name);
            Messages.addFlashGlobalInfo("admin.team.created", team.getName());
            Faces.redirect("admin/teams/view.xhtml?id=%s", team.getId().toString());
        } catch (InterviewRuleException rule) {
            Messages.addError("teamForm:name", rule.getMessageKey());
            Faces.validationFailed();
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
