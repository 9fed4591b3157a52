package org.heard.interfaces.web.supervisor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.heard.application.administration.StaffService;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.StaffAccount;

/** The organisation's interviewers, listed on the supervisor's landing page. */
@Named
@RequestScoped
public class StaffListBacking {

    @Inject
    private StaffService staffService;

    private List<StaffAccount> interviewers;

    public List<StaffAccount> getInterviewers() {
        if (interviewers == null) {
            interviewers = staffService.staff().stream()
                    .filter(s -> s.hasRole(Role.INTERVIEWER))
                    .toList();
        }
        return interviewers;
    }
}
