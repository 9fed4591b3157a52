package org.heard.interfaces.web.interviewer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.heard.application.administration.TeamService;
import org.heard.application.interview.InterviewSetup;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.script.Script;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.FormSubmissions;
import org.omnifaces.util.Messages;

/**
 * Serves {@code /interviewer/start.xhtml}: the script when there is a choice, mode, who is
 * answering, the team; then the statement.
 */
@Named
@RequestScoped
public class StartInterviewBacking {

    /** The value of the team choice meaning "not known". */
    public static final long TEAM_NOT_KNOWN = 0L;

    @Inject
    private InterviewSetup interviews;

    @Inject
    private TeamService teamService;

    private InterviewMode mode;
    private Respondent respondent;
    private Long teamId;
    private Long scriptId;

    @Inject
    private FormSubmissions submissions;

    private String followUpOf;
    private List<Team> teams;
    private List<Script> scripts;

    /** Starts the interview once per submission of the form, then goes to its statement. */
    public void start() throws IOException {
        submissions.once("start", () -> {
            try {
                Interview interview = interviews.start(
                        mode,
                        respondent,
                        teamId == null || teamId == TEAM_NOT_KNOWN ? null : teamId,
                        isChoosingScript() ? scriptId : null,
                        followUpOf);
                return Optional.of("interviewer/interview/statement.xhtml?id=" + interview.getId());
            } catch (InterviewRuleException refused) {
                Messages.addError("start:followUpOf", refused.getMessageKey(), followUpOf.strip());
                return Optional.empty();
            }
        });
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = teamService.teams().stream().filter(Team::isActive).toList();
        }
        return teams;
    }

    /** The scripts interviews may follow; the interviewer chooses only when there is more than one. */
    public List<Script> getScripts() {
        if (scripts == null) {
            scripts = interviews.scripts();
        }
        return scripts;
    }

    public boolean isChoosingScript() {
        return getScripts().size() > 1;
    }

    public String getFollowUpOf() {
        return followUpOf;
    }

    public void setFollowUpOf(String followUpOf) {
        this.followUpOf = followUpOf;
    }

    public Long getScriptId() {
        return scriptId;
    }

    public void setScriptId(Long scriptId) {
        this.scriptId = scriptId;
    }

    public InterviewMode[] getModes() {
        return InterviewMode.values();
    }

    public Respondent[] getRespondents() {
        return Respondent.values();
    }

    public long getTeamNotKnown() {
        return TEAM_NOT_KNOWN;
    }

    public InterviewMode getMode() {
        return mode;
    }

    public void setMode(InterviewMode mode) {
        this.mode = mode;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public void setRespondent(Respondent respondent) {
        this.respondent = respondent;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }
}
