package org.heard.application.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.interview.Step;
import org.heard.domain.model.organisation.TeamRepository;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.model.statement.StatementRepository;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;

/**
 * Setting an interview up — the script, the mode, who answers, the team, the
 * interview it follows up — and finding it again: the interviewer's own
 * interviews, the step to resume on.
 */
@ApplicationScoped
@Transactional
public class InterviewSetup {

    private static final Logger LOG = Logger.getLogger(InterviewSetup.class.getName());

    @Inject
    private InterviewAccess access;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private ScriptRepository scripts;

    @Inject
    private StatementRepository statements;

    @Inject
    private TeamRepository teams;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** The scripts an interview may follow: the version in force of each, by title. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Script> scripts() {
        access.interviewer();
        return scripts.findCurrentScripts();
    }

    /** Sets up a new interview, following the parents' and carers' script, and returns it. */
    public Interview start(@NotNull InterviewMode mode, @NotNull Respondent respondent, Long teamId) {
        return start(mode, respondent, teamId, null);
    }

    /**
     * Sets up a new interview for the signed-in interviewer and returns it. It follows
     * {@code scriptId}, which must be the version in force of one of {@link #scripts()},
     * or the parents' and carers' script when null.
     */
    public Interview start(@NotNull InterviewMode mode, @NotNull Respondent respondent, Long teamId, Long scriptId) {
        return start(mode, respondent, teamId, scriptId, null);
    }

    /**
     * Sets up a new interview as {@link #start(InterviewMode, Respondent, Long, Long)} does;
     * when {@code followUpOf} names an earlier interview of the organisation (by its
     * reference) in which the family gave their name, the new one is its follow-up and
     * shares its pseudonymous family key.
     *
     * @throws InterviewRuleException when that interview is unknown, anonymous,
     *     unfinished, withdrawn or anonymised
     */
    public Interview start(
            @NotNull InterviewMode mode,
            @NotNull Respondent respondent,
            Long teamId,
            Long scriptId,
            String followUpOf) {
        Caller caller = access.interviewer();
        Interview earlier = earlier(followUpOf);
        if (teamId != null && teams.find(teamId).isEmpty()) {
            throw new NotFoundException();
        }
        Script script = chosenScript(scriptId);
        Instant now = clock.instant();
        String reference = interviews.nextReference(
                caller.getOrganisationId(),
                caller.getOrganisationCode(),
                now.atZone(ZoneOffset.UTC).getYear());
        ConfidentialityStatement statement = statements
                .findCurrentFor(caller.getOrganisationId())
                .orElseThrow(() -> new IllegalStateException("No published statement"));
        Interview created = new Interview(
                caller.getOrganisationId(),
                reference,
                script.getId(),
                caller.getStaffId(),
                caller.getInterviewerKind(),
                mode,
                respondent,
                teamId,
                now);
        created.readsStatement(statement.getId());
        if (earlier != null) {
            created.followsUp(earlier);
        }
        Interview interview = interviews.store(created);
        audit.record(InterviewEvents.started(caller, interview, statement, script, earlier));
        LOG.info(() -> "Interview #" + interview.getId() + " started by staff #" + caller.getStaffId());
        return interview;
    }

    /** The interview a new one follows up, by its reference; none when no reference is given. */
    private Interview earlier(String followUpOf) {
        return followUpOf == null || followUpOf.isBlank()
                ? null
                : interviews
                        .findByReference(followUpOf)
                        .orElseThrow(() -> new InterviewRuleException("start.follow-up.error.unknown"));
    }

    /** The script a new interview follows: the one chosen, or the parents' and carers'. */
    private Script chosenScript(Long scriptId) {
        return scriptId == null
                ? scripts.findCurrent(Script.DEFAULT_CODE).orElseThrow(() -> new IllegalStateException("No script"))
                : scripts.findCurrentScripts().stream()
                        .filter(s -> s.getId().equals(scriptId))
                        .findFirst()
                        .orElseThrow(NotFoundException::new);
    }

    /** The interview, if the caller is its interviewer (or a supervisor of the organisation). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Interview interview(@NotNull Long id) {
        return access.readableInterview(id);
    }

    /** The script version the interview follows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Script script(Interview interview) {
        return access.script(interview);
    }

    /** The signed-in interviewer's interviews, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Interview> myInterviews() {
        return interviews.findByInterviewer(access.interviewer().getStaffId());
    }

    /** Remembers the step the interviewer is on, so that resuming returns there. */
    public void moveTo(@NotNull Long interviewId, @NotNull Step step, Integer question) {
        access.ownInterview(interviewId).moveTo(step, question);
    }
}
