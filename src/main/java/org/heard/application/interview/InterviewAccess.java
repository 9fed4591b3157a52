package org.heard.application.interview;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.application.shared.InterviewAccessException;
import org.heard.application.shared.NotSignedInException;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;
import org.heard.domain.shared.NotFoundException;

/**
 * The checks every interviewer use case starts with: who is calling, whether
 * they interview, and whether the interview is their own. The repositories
 * already limit everything to the caller's organisation.
 */
@Dependent
class InterviewAccess {

    @Inject
    private CallerContext callerContext;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private ScriptRepository scripts;

    /** The signed-in caller. */
    Caller caller() {
        return callerContext.caller().orElseThrow(NotSignedInException::new);
    }

    /** The signed-in caller, who must be an interviewer of a known kind. */
    Caller interviewer() {
        Caller caller = caller();
        if (!caller.hasRole(Role.INTERVIEWER) || caller.getInterviewerKind() == null) {
            throw new InterviewAccessException();
        }
        return caller;
    }

    /** The interview, if the caller is its interviewer; otherwise "not found". */
    Interview ownInterview(Long id) {
        Interview interview = interviews.get(id);
        if (!interview.getInterviewerId().equals(caller().getStaffId())) {
            throw new InterviewAccessException();
        }
        return interview;
    }

    /** The interview, if the caller is its interviewer or a supervisor of the organisation. */
    Interview readableInterview(Long id) {
        Interview interview = interviews.get(id);
        Caller caller = caller();
        if (!interview.getInterviewerId().equals(caller.getStaffId()) && !caller.hasRole(Role.SUPERVISOR)) {
            throw new InterviewAccessException();
        }
        return interview;
    }

    /** The script version the interview follows. */
    Script script(Interview interview) {
        return scripts.find(interview.getScriptId()).orElseThrow();
    }

    /** The interview's question of this number; "not found" when there is none. */
    Question question(Interview interview, int number) {
        return script(interview).question(number).orElseThrow(NotFoundException::new);
    }
}
