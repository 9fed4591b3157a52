package org.heard.interfaces.web.supervisor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.heard.application.quality.FamilyDue;
import org.heard.application.quality.FollowUpService;
import org.heard.application.quality.TeamChange;

/**
 * Serves {@code /supervisor/follow-up.xhtml}: the named families due for a follow-up
 * interview, and the change of ratings by team.
 */
@Named
@RequestScoped
public class FollowUpBacking {

    @Inject
    private FollowUpService followUps;

    private Integer weeks = FollowUpService.DEFAULT_WEEKS;
    private List<FamilyDue> due;
    private List<TeamChange> changes;

    /** Shows the list for the interval typed; the page's validators have checked it. */
    public void show() {
        due = null;
    }

    public List<FamilyDue> getDue() {
        if (due == null) {
            due = followUps.due(weeks == null ? FollowUpService.DEFAULT_WEEKS : weeks);
        }
        return due;
    }

    public List<TeamChange> getChanges() {
        if (changes == null) {
            changes = followUps.changeByTeam();
        }
        return changes;
    }

    public int getThreshold() {
        return followUps.suppressionThreshold();
    }

    public int getDueLimit() {
        return FollowUpService.DUE_LIMIT;
    }

    public int getMinWeeks() {
        return FollowUpService.MIN_WEEKS;
    }

    public int getMaxWeeks() {
        return FollowUpService.MAX_WEEKS;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }
}
