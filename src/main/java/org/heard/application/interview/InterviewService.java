package org.heard.application.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.heard.application.audit.AuditTrail;
import org.heard.application.shared.Caller;
import org.heard.application.shared.CallerContext;
import org.heard.application.shared.InterviewAccessException;
import org.heard.application.shared.NotSignedInException;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.audit.AuditEntry;
import org.heard.domain.model.glossary.GlossaryRepository;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.AnswerRating;
import org.heard.domain.model.interview.ConsentRecord;
import org.heard.domain.model.interview.DefinitionOpened;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.interview.InterviewRepository;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.interview.InterviewSupport;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.interview.Respondent;
import org.heard.domain.model.interview.SafeguardingConcern;
import org.heard.domain.model.interview.Step;
import org.heard.domain.model.organisation.Role;
import org.heard.domain.model.organisation.TeamRepository;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.RatingStatement;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.model.statement.StatementRepository;
import org.heard.domain.model.support.SupportOption;
import org.heard.domain.model.support.SupportOptionRepository;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;

/**
 * The interviewer's journey, one use case per method. Every method checks that
 * the caller is the interview's interviewer (or, for corrections, a supervisor of
 * the organisation); the repositories already limit everything to the caller's
 * organisation. Rules such as "no answer before consent" live in the domain and
 * are enforced here, whatever the page does.
 */
@ApplicationScoped
@Transactional
public class InterviewService {

    private static final Logger LOG = Logger.getLogger(InterviewService.class.getName());

    @Inject
    private CallerContext callerContext;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private ScriptRepository scripts;

    @Inject
    private StatementRepository statements;

    @Inject
    private SupportOptionRepository supportOptions;

    @Inject
    private TeamRepository teams;

    @Inject
    private GlossaryRepository glossary;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** The scripts an interview may follow: the version in force of each, by title. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Script> scripts() {
        interviewer();
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
        Caller caller = interviewer();
        Interview earlier = followUpOf == null || followUpOf.isBlank()
                ? null
                : interviews
                        .findByReference(followUpOf)
                        .orElseThrow(() -> new InterviewRuleException("start.follow-up.error.unknown"));
        if (teamId != null && teams.find(teamId).isEmpty()) {
            throw new NotFoundException();
        }
        Script script = scriptId == null
                ? scripts.findCurrent(Script.DEFAULT_CODE).orElseThrow(() -> new IllegalStateException("No script"))
                : scripts.findCurrentScripts().stream()
                        .filter(s -> s.getId().equals(scriptId))
                        .findFirst()
                        .orElseThrow(NotFoundException::new);
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
        audit.record(
                event(AuditAction.INTERVIEW_STARTED, interview).value("status", InterviewStatus.STARTED.name()),
                event(AuditAction.INTERVIEW_STARTED, interview).value("mode", mode.name()),
                event(AuditAction.INTERVIEW_STARTED, interview).value("respondent", respondent.name()),
                event(AuditAction.INTERVIEW_STARTED, interview).value("team", teamId == null ? null : "#" + teamId),
                event(AuditAction.INTERVIEW_STARTED, interview)
                        .value("statement", "#" + statement.getId() + " v" + statement.getVersion()),
                event(AuditAction.INTERVIEW_STARTED, interview)
                        .value("script", script.getCode() + " v" + script.getVersion()),
                event(AuditAction.INTERVIEW_STARTED, interview)
                        .value("follow-up-of", earlier == null ? null : earlier.getReference()));
        LOG.info(() -> "Interview #" + interview.getId() + " started by staff #" + caller.getStaffId());
        return interview;
    }

    /** The interview, if the caller is its interviewer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Interview interview(@NotNull Long id) {
        Interview interview = interviews.find(id).orElseThrow(NotFoundException::new);
        Caller caller = caller();
        if (!interview.getInterviewerId().equals(caller.getStaffId()) && !caller.hasRole(Role.SUPERVISOR)) {
            throw new InterviewAccessException();
        }
        return interview;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Script script(Interview interview) {
        return scripts.find(interview.getScriptId()).orElseThrow();
    }

    /** The statement to read for this interview: the one agreed to, or else the organisation's current one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConfidentialityStatement statementFor(Interview interview) {
        return latestConsent(interview)
                .flatMap(record -> statements.findStatement(record.getStatementId()))
                .or(() -> Optional.ofNullable(interview.getStatementId()).flatMap(statements::findStatement))
                .or(() -> statements.findCurrentFor(interview.getOrganisationId()))
                .orElseThrow(() -> new IllegalStateException("No published statement"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConsentRecord> latestConsent(Interview interview) {
        List<ConsentRecord> records = interviews.consentRecords(interview.getId());
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    /**
     * Records that the statement was read and what the family chose. Creates a new
     * consent record (pointing to any earlier one) and applies it to the interview.
     */
    public ConsentRecord recordConsent(
            @NotNull Long interviewId,
            @NotNull Long statementId,
            boolean statementRead,
            Boolean agreed,
            ParticipationChoice choice,
            String respondentName,
            String socialWorkerName) {
        Interview interview = ownInterview(interviewId);
        ConfidentialityStatement statement = statements
                .findStatement(statementId)
                .filter(s ->
                        s.getOrganisationId() == null || s.getOrganisationId().equals(interview.getOrganisationId()))
                .orElseThrow(NotFoundException::new);
        ConsentRecord previous = latestConsent(interview).orElse(null);
        InterviewStatus before = interview.getStatus();
        String nameBefore = interview.getRespondentName();
        String workerBefore = interview.getSocialWorkerName();
        ConsentRecord record = ConsentRecord.record(
                interview,
                statement,
                statementRead,
                agreed,
                choice,
                respondentName,
                socialWorkerName,
                caller().getStaffId(),
                clock.instant(),
                previous);
        interviews.store(record);
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(consentEvent(interview, record)
                .value("statement", "#" + statement.getId() + " v" + statement.getVersion()));
        entries.add(consentEvent(interview, record).value("statement-sha256", record.getStatementSha256()));
        entries.add(consentEvent(interview, record)
                .value("method", record.getMethod().name()));
        entries.add(consentEvent(interview, record).value("agreed", String.valueOf(record.isAgreed())));
        entries.add(consentEvent(interview, record)
                .value(
                        "choice",
                        record.getChoice() == null ? null : record.getChoice().name()));
        if (previous != null) {
            entries.add(consentEvent(interview, record).value("replaces", "#" + previous.getId()));
        }
        if (!Objects.equals(nameBefore, interview.getRespondentName())) {
            entries.add(consentEvent(interview, record)
                    .change("respondent-name", nameBefore, interview.getRespondentName())
                    .digestOnly());
        }
        if (!Objects.equals(workerBefore, interview.getSocialWorkerName())) {
            entries.add(consentEvent(interview, record)
                    .change("social-worker-name", workerBefore, interview.getSocialWorkerName())
                    .digestOnly());
        }
        if (before != interview.getStatus()) {
            entries.add(statusEvent(interview, before));
        }
        audit.record(entries);
        return record;
    }

    /** The answers of the interview, by question id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Answer> answers(Interview interview) {
        return interviews.answers(interview.getId()).stream().collect(Collectors.toMap(Answer::getQuestionId, a -> a));
    }

    /** The ratings of the interview, by rating statement id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Integer> ratings(Interview interview) {
        Map<Long, Integer> ratings = new HashMap<>();
        interviews.ratings(interview.getId()).forEach(r -> ratings.put(r.getStatementId(), r.getValue()));
        return ratings;
    }

    /**
     * Saves an answer as typed. {@code expectedVersion} is the version the page
     * last saw (null for a first save); if the answer changed since, nothing is
     * written and {@link AnswerConflictException} carries what is saved.
     *
     * @return the saved answer, with its new version
     */
    public Answer saveAnswer(
            @NotNull Long interviewId,
            int questionNumber,
            String text,
            boolean declined,
            String note,
            Long expectedVersion) {
        Interview interview = ownInterview(interviewId);
        interview.requireOpenForAnswers();
        Question question = question(interview, questionNumber);
        Answer answer = interviews
                .answer(interview.getId(), question.getId())
                .orElseGet(() -> new Answer(interview.getId(), question.getId()));
        if (answer.getId() != null && expectedVersion != null && answer.getVersion() != expectedVersion) {
            throw new AnswerConflictException(
                    answer.getText(), answer.getNote(), answer.isDeclined(), answer.getVersion());
        }
        String oldText = answer.getText();
        boolean oldDeclined = answer.isDeclined();
        String oldNote = answer.getNote();
        answer.write(text, declined, note, caller().getStaffId(), clock.instant());
        interviews.store(answer);
        interview.moveTo(Step.QUESTIONS, questionNumber);
        interviews.flush();
        audit.record(answerChanges(
                AuditAction.ANSWER_SAVED, interview, answer, questionNumber, oldText, oldDeclined, oldNote));
        return answer;
    }

    /** Saves the ratings of a ratings question: rating statement id to 1–5, or null for "not answered". */
    public void saveRatings(@NotNull Long interviewId, int questionNumber, Map<Long, Integer> values) {
        Interview interview = ownInterview(interviewId);
        interview.requireOpenForAnswers();
        Question question = question(interview, questionNumber);
        if (!question.isRatings()) {
            throw new InterviewRuleException("question.error.not-ratings");
        }
        Map<Long, AnswerRating> existing = interviews.ratings(interview.getId()).stream()
                .collect(Collectors.toMap(AnswerRating::getStatementId, r -> r));
        List<AuditEntry> entries = new ArrayList<>();
        for (RatingStatement statement : question.getRatingStatements()) {
            if (!values.containsKey(statement.getId())) {
                continue;
            }
            AnswerRating rating =
                    existing.getOrDefault(statement.getId(), new AnswerRating(interview.getId(), statement.getId()));
            Integer old = rating.getValue();
            rating.rate(values.get(statement.getId()));
            interviews.store(rating);
            if (!Objects.equals(old, rating.getValue())) {
                entries.add(event(AuditAction.RATING_SAVED, interview)
                        .entity("rating-statement", statement.getId())
                        .change(
                                "rating.q" + questionNumber + ".s" + statement.getPosition(),
                                old == null ? null : old.toString(),
                                rating.getValue() == null
                                        ? null
                                        : rating.getValue().toString()));
            }
        }
        interview.moveTo(Step.QUESTIONS, questionNumber);
        audit.record(entries);
    }

    /** Remembers the step the interviewer is on, so that resuming returns there. */
    public void moveTo(@NotNull Long interviewId, @NotNull Step step, Integer question) {
        ownInterview(interviewId).moveTo(step, question);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SupportOption> supportOptions(Interview interview) {
        return supportOptions.findFor(interview.getOrganisationId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, InterviewSupport> support(Interview interview) {
        return interviews.support(interview.getId()).stream()
                .collect(Collectors.toMap(InterviewSupport::getOptionId, s -> s));
    }

    /** Records, per support option, whether it was offered and whether follow-up was asked for. */
    public void recordSupport(@NotNull Long interviewId, Map<Long, Boolean> offered, Map<Long, Boolean> followUp) {
        Interview interview = ownInterview(interviewId);
        interview.requireOpenForAnswers();
        Map<Long, InterviewSupport> existing = support(interview);
        List<AuditEntry> entries = new ArrayList<>();
        for (SupportOption option : supportOptions(interview)) {
            InterviewSupport record =
                    existing.getOrDefault(option.getId(), new InterviewSupport(interview.getId(), option.getId()));
            boolean wasNew = record.getId() == null;
            boolean oldOffered = record.isOffered();
            boolean oldFollowUp = record.isFollowUpRequested();
            record.record(
                    Boolean.TRUE.equals(offered.get(option.getId())),
                    Boolean.TRUE.equals(followUp.get(option.getId())));
            interviews.store(record);
            if (wasNew || oldOffered != record.isOffered()) {
                entries.add(event(AuditAction.SUPPORT_RECORDED, interview)
                        .entity("support-option", option.getId())
                        .change(
                                "support.o" + option.getId() + ".offered",
                                wasNew ? null : String.valueOf(oldOffered),
                                String.valueOf(record.isOffered())));
            }
            if (wasNew || oldFollowUp != record.isFollowUpRequested()) {
                entries.add(event(AuditAction.SUPPORT_RECORDED, interview)
                        .entity("support-option", option.getId())
                        .change(
                                "support.o" + option.getId() + ".follow-up",
                                wasNew ? null : String.valueOf(oldFollowUp),
                                String.valueOf(record.isFollowUpRequested())));
            }
        }
        interview.moveTo(Step.SUPPORT, null);
        audit.record(entries);
    }

    /** Raises a safeguarding concern from any step; supervisors of the organisation see it at once. */
    public SafeguardingConcern raiseConcern(@NotNull Long interviewId, String description) {
        Interview interview = ownInterview(interviewId);
        SafeguardingConcern concern = interviews.store(
                new SafeguardingConcern(interview, caller().getStaffId(), description, clock.instant()));
        audit.record(event(AuditAction.CONCERN_RAISED, interview)
                .entity("safeguarding-concern", concern.getId())
                .value("description", concern.getDescription()));
        LOG.info(() -> "Safeguarding concern #" + concern.getId() + " raised in interview #" + interview.getId());
        return concern;
    }

    /** Records that a definition was opened during the interview. */
    public void definitionOpened(@NotNull Long interviewId, @NotNull Long definitionId) {
        Interview interview = ownInterview(interviewId);
        glossary.findDefinition(definitionId).orElseThrow(NotFoundException::new);
        if (!interview.getStatus().isClosed()) {
            interviews.store(new DefinitionOpened(interview.getId(), definitionId, clock.instant()));
        }
    }

    /** Submits and locks the interview; a second submission changes nothing. Returns whether this call submitted. */
    public boolean submit(@NotNull Long interviewId) {
        Interview interview = ownInterview(interviewId);
        InterviewStatus before = interview.getStatus();
        boolean submitted = interview.submit(clock.instant());
        if (submitted) {
            audit.record(statusEvent(interview, before));
            LOG.info(() -> "Interview #" + interview.getId() + " submitted");
        }
        return submitted;
    }

    /** Stops the interview early; unless the family chose to keep it, their words are erased now. */
    public void stop(@NotNull Long interviewId, boolean keep) {
        Interview interview = ownInterview(interviewId);
        InterviewStatus before = interview.getStatus();
        interview.stop(keep, clock.instant());
        if (interview.getStatus() == InterviewStatus.STOPPED_DISCARDED) {
            interviews.answers(interview.getId()).forEach(Answer::erase);
            interviews.ratings(interview.getId()).forEach(r -> r.rate(null));
            interviews.flush();
            // What the family chose to discard must not survive in the audit trail either.
            audit.redactInterview(interview.getId());
        }
        audit.record(statusEvent(interview, before));
    }

    /** The signed-in interviewer's interviews, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Interview> myInterviews() {
        return interviews.findByInterviewer(interviewer().getStaffId());
    }

    /**
     * A supervisor corrects an answer of a submitted interview. The reason is
     * mandatory; the old and new value, who, when and why go to the audit trail,
     * so the original stays there.
     */
    public void correctAnswer(@NotNull Long interviewId, int questionNumber, String newText, String reason) {
        Caller caller = caller();
        if (!caller.hasRole(Role.SUPERVISOR)) {
            throw new InterviewAccessException();
        }
        if (reason == null || reason.isBlank()) {
            throw new InterviewRuleException("correction.error.reason-required");
        }
        if (reason.length() > REASON_MAX) {
            throw new InterviewRuleException("correction.error.reason-too-long");
        }
        Interview interview = interviews.find(interviewId).orElseThrow(NotFoundException::new);
        if (interview.getStatus() != InterviewStatus.SUBMITTED) {
            throw new InterviewRuleException("correction.error.not-submitted");
        }
        Question question = question(interview, questionNumber);
        Answer answer = interviews
                .answer(interview.getId(), question.getId())
                .orElseGet(() -> new Answer(interview.getId(), question.getId()));
        String old = answer.getText();
        String corrected = newText == null || newText.isEmpty() ? null : newText;
        if (Objects.equals(old, corrected)) {
            throw new InterviewRuleException("correction.error.unchanged");
        }
        answer.write(newText, answer.isDeclined(), answer.getNote(), caller.getStaffId(), clock.instant());
        interviews.store(answer);
        interviews.flush();
        audit.record(event(AuditAction.ANSWER_CORRECTED, interview)
                .actor(caller.getStaffId())
                .entity("answer", answer.getId())
                .change("answer.q" + questionNumber + ".text", old, answer.getText())
                .reason(reason.strip()));
        LOG.info(() -> "Answer corrected in interview #" + interview.getId() + " by staff #" + caller.getStaffId());
    }

    /** Longest reason for a correction. */
    public static final int REASON_MAX = 2_000;

    private AuditEntry event(AuditAction action, Interview interview) {
        return AuditEntry.of(action)
                .organisation(interview.getOrganisationId())
                .actor(callerContext.caller().map(Caller::getStaffId).orElse(null))
                .entity("interview", interview.getId())
                .interview(interview.getId());
    }

    private AuditEntry consentEvent(Interview interview, ConsentRecord record) {
        return event(AuditAction.CONSENT_RECORDED, interview).entity("consent-record", record.getId());
    }

    private AuditEntry statusEvent(Interview interview, InterviewStatus before) {
        return event(AuditAction.INTERVIEW_STATUS_CHANGED, interview)
                .change("status", before.name(), interview.getStatus().name());
    }

    private List<AuditEntry> answerChanges(
            AuditAction action,
            Interview interview,
            Answer answer,
            int questionNumber,
            String oldText,
            boolean oldDeclined,
            String oldNote) {
        List<AuditEntry> entries = new ArrayList<>();
        String prefix = "answer.q" + questionNumber;
        if (!Objects.equals(oldText, answer.getText())) {
            entries.add(event(action, interview)
                    .entity("answer", answer.getId())
                    .change(prefix + ".text", oldText, answer.getText()));
        }
        if (oldDeclined != answer.isDeclined()) {
            entries.add(event(action, interview)
                    .entity("answer", answer.getId())
                    .change(prefix + ".declined", String.valueOf(oldDeclined), String.valueOf(answer.isDeclined())));
        }
        if (!Objects.equals(oldNote, answer.getNote())) {
            entries.add(event(action, interview)
                    .entity("answer", answer.getId())
                    .change(prefix + ".note", oldNote, answer.getNote()));
        }
        return entries;
    }

    private Question question(Interview interview, int number) {
        return script(interview).question(number).orElseThrow(NotFoundException::new);
    }

    /** The interview, if the caller is its interviewer; otherwise "not found". */
    private Interview ownInterview(Long id) {
        Interview interview = interviews.find(id).orElseThrow(NotFoundException::new);
        if (!interview.getInterviewerId().equals(caller().getStaffId())) {
            throw new InterviewAccessException();
        }
        return interview;
    }

    private Caller interviewer() {
        Caller caller = caller();
        if (!caller.hasRole(Role.INTERVIEWER) || caller.getInterviewerKind() == null) {
            throw new InterviewAccessException();
        }
        return caller;
    }

    private Caller caller() {
        return callerContext.caller().orElseThrow(NotSignedInException::new);
    }
}
