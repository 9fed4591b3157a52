package org.heard.interfaces.web.interviewer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.heard.application.interview.InterviewSetup;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewStatus;

/** The interviewer's landing page: drafts to resume and submitted interviews. */
@Named
@RequestScoped
public class InterviewerDashboardBacking {

    @Inject
    private InterviewSetup interviews;

    private List<Interview> mine;

    private List<Interview> mine() {
        if (mine == null) {
            mine = interviews.myInterviews();
        }
        return mine;
    }

    public List<Interview> getDrafts() {
        return mine().stream().filter(i -> !i.getStatus().isClosed()).toList();
    }

    public List<Interview> getFinished() {
        return mine().stream().filter(i -> i.getStatus().isClosed()).toList();
    }

    /** The page a draft resumes on. */
    public String resumeOutcome(Interview interview) {
        if (interview.getStatus() == InterviewStatus.STARTED) {
            return "/interviewer/interview/statement";
        }
        return switch (interview.getCurrentStep()) {
            case SUPPORT -> "/interviewer/interview/support";
            case CHECK -> "/interviewer/interview/check";
            default -> "/interviewer/interview/question";
        };
    }
}
