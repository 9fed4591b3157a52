package org.heard.interfaces.web.admin.teams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.heard.application.administration.AdministrationService;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.FormSubmissions;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Serves {@code /admin/teams/new.xhtml}: a new team of the administrator's organisation. */
@Named
@RequestScoped
public class NewTeamBacking {

    @Inject
    private AdministrationService administration;

    private String name;

    @Inject
    private FormSubmissions submissions;

    /** Creates the team once per submission of the form, then shows it. */
    public void create() throws IOException {
        submissions.once("teamForm", () -> {
            try {
                Team team = administration.createTeam(name);
                Messages.addFlashGlobalInfo("admin.team.created", team.getName());
                return Optional.of("admin/teams/view.xhtml?id=" + team.getId());
            } catch (InterviewRuleException rule) {
                Messages.addError("teamForm:name", rule.getMessageKey());
                Faces.validationFailed();
                return Optional.empty();
            }
        });
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
