package org.heard.interfaces.web.supervisor;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.heard.application.quality.FamilyHistory;
import org.heard.application.quality.FollowUpService;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.cdi.Param;

/**
 * Serves {@code /supervisor/family.xhtml?interview=…}: one named family's interviews over
 * time and the ratings given in each. The address holds an interview id, never a name
 * nor the family key.
 */
@Named
@RequestScoped
public class FamilyBacking {

    @Inject
    @Param(name = "interview")
    private Long interviewId;

    @Inject
    private FollowUpService followUps;

    private FamilyHistory family;

    @PostConstruct
    void load() {
        if (interviewId == null) {
            throw new NotFoundException();
        }
        family = followUps.family(interviewId);
    }

    public FamilyHistory getFamily() {
        return family;
    }
}
