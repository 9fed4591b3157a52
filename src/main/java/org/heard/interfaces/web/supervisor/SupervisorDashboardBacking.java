package org.heard.interfaces.web.supervisor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.heard.application.SafeguardingService;
import org.heard.application.StaffService;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.StaffAccount;

/** The supervisor's landing page: open safeguarding concerns and the organisation's interviewers. */
@Named
@RequestScoped
public class SupervisorDashboardBacking {

    @Inject
    private StaffService staffService;

    @Inject
    private SafeguardingService safeguarding;

    private List<StaffAccount> interviewers;
    private List<SafeguardingService.OpenConcern> concerns;

    public List<SafeguardingService.OpenConcern> getConcerns() {
        if (concerns == null) {
            concerns = safeguarding.openConcerns();
        }
        return concerns;
    }

    public List<StaffAccount> getInterviewers() {
        if (interviewers == null) {
            interviewers = staffService.staff().stream()
                    .filter(s -> s.hasRole(Role.INTERVIEWER))
                    .toList();
        }
        return interviewers;
    }
}
