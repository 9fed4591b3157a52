package org.heard.domain.model.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.OrganisationOwned;

/**
 * An interview with a family. It is set up, then the statement is read and the
 * family's choice recorded; only then can answers be stored. Names are kept only
 * as the family's choice allows: none when anonymous, the social worker's alone
 * when they gave only that.
 */
@Entity
@Table(name = "interview")
public class Interview implements OrganisationOwned {

    /** Longest interview reference. */
    public static final int REFERENCE_MAX = 32;

    /** Longest name of a respondent or social worker. */
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "reference", length = REFERENCE_MAX, nullable = false, updatable = false)
    private String reference;

    @Column(name = "script_id", nullable = false, updatable = false)
    private Long scriptId;

    @Column(name = "interviewer_id", nullable = false, updatable = false)
    private Long interviewerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "interviewer_kind", length = 32, nullable = false, updatable = false)
    private InterviewerKind interviewerKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", length = 16, nullable = false, updatable = false)
    private InterviewMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "respondent", length = 32)
    private Respondent respondent;

    @Column(name = "team_id")
    private Long teamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 24, nullable = false)
    private InterviewStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "choice", length = 24)
    private ParticipationChoice choice;

    @Column(name = "respondent_name", length = NAME_MAX)
    private String respondentName;

    @Column(name = "social_worker_name", length = NAME_MAX)
    private String socialWorkerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_step", length = 24, nullable = false)
    private Step currentStep;

    @Column(name = "current_question")
    private Integer currentQuestion;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "statement_id")
    private Long statementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_outcome", length = 16)
    private ConsentOutcome consentOutcome;

    @Column(name = "consent_recorded_at")
    private Instant consentRecordedAt;

    @Column(name = "retained_at")
    private Instant retainedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "retention_action", length = 16)
    private org.heard.domain.model.organisation.RetentionAction retentionAction;

    /** Links the interviews of one named family; null for anonymous and unlinked interviews. */
    @Column(name = "family_key", length = FamilyKey.LENGTH)
    private String familyKey;

    @Version
    /** The record key of cell-key perturbation ({@link RecordKey}); never shown. */
    @Column(name = "record_key", nullable = false, updatable = false)
    private int recordKey;

    @Column(name = "version", nullable = false)
    private long version;

    protected Interview() {}

    /**
     * Sets up an interview.
     *
     * @param teamId the team involved, or null when not known
     */
    public Interview(
            long organisationId,
            String reference,
            long scriptId,
            long interviewerId,
            InterviewerKind interviewerKind,
            InterviewMode mode,
            Respondent respondent,
            Long teamId,
            Instant startedAt) {
        this.organisationId = organisationId;
        this.reference = Objects.requireNonNull(reference, "reference");
        this.scriptId = scriptId;
        this.interviewerId = interviewerId;
        this.interviewerKind = Objects.requireNonNull(interviewerKind, "interviewerKind");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.respondent = Objects.requireNonNull(respondent, "respondent");
        this.teamId = teamId;
        this.status = InterviewStatus.STARTED;
        this.currentStep = Step.STATEMENT;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.recordKey = RecordKey.next();
    }

    /** Pins the statement version in force when the interview is set up. */
    public void readsStatement(long statementId) {
        if (this.statementId == null) {
            this.statementId = statementId;
        }
    }

    /**
     * Applies the family's answer to the statement. Agreement opens the questions
     * and keeps only the names the choice allows, and needs every name it keeps (the
     * family's for "give your name", the social worker's for both choices that name
     * them); refusal ends the interview.
     */
    void applyConsent(
            long statementId,
            boolean agreed,
            ParticipationChoice chosen,
            String respondentName,
            String socialWorkerName,
            Instant at) {
        if (status != InterviewStatus.STARTED && status != InterviewStatus.IN_PROGRESS) {
            throw new InterviewRuleException("interview.error.closed");
        }
        if (agreed && chosen != null) {
            // A choice that names someone needs that name: without it, the feedback could not
            // reach the social worker's supervision nor the family be followed over time.
            if (chosen.keepsFamilyName() && clean(respondentName) == null) {
                throw new InterviewRuleException("statement.error.respondent-name-missing", "respondentName");
            }
            if (chosen.keepsSocialWorkerName() && clean(socialWorkerName) == null) {
                throw new InterviewRuleException("statement.error.social-worker-name-missing", "socialWorkerName");
            }
        }
        this.statementId = statementId;
        this.consentOutcome = agreed ? ConsentOutcome.AGREED : ConsentOutcome.DECLINED;
        this.consentRecordedAt = at;
        if (!agreed) {
            // Only the fact of the declined statement is kept: version, time, interviewer, mode.
            status = InterviewStatus.DECLINED;
            respondent = null;
            teamId = null;
            currentStep = Step.DONE;
            choice = null;
            this.respondentName = null;
            this.socialWorkerName = null;
            familyKey = null;
            endedAt = at;
            return;
        }
        choice = Objects.requireNonNull(chosen, "choice");
        if (!chosen.keepsFamilyName()) {
            // Only a family who gives their name is followed over time.
            familyKey = null;
        } else if (familyKey == null) {
            familyKey = FamilyKey.next();
        }
        this.respondentName = chosen.keepsFamilyName() ? clean(respondentName) : null;
        this.socialWorkerName = chosen.keepsSocialWorkerName() ? clean(socialWorkerName) : null;
        status = InterviewStatus.IN_PROGRESS;
        if (currentStep == Step.STATEMENT) {
            currentStep = Step.QUESTIONS;
            currentQuestion = 1;
        }
    }

    private static String clean(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        if (trimmed.length() > NAME_MAX) {
            throw new InterviewRuleException("interview.error.name-too-long");
        }
        return trimmed;
    }

    /** Fails unless answers may be written now: after agreement, before submission. */
    public void requireOpenForAnswers() {
        if (status == InterviewStatus.STARTED) {
            throw new InterviewRuleException("interview.error.no-consent");
        }
        if (!status.isOpenForAnswers()) {
            throw new InterviewRuleException("interview.error.closed");
        }
    }

    /** Remembers where the interviewer is, so that resuming returns there. */
    public void moveTo(Step step, Integer question) {
        if (status.isClosed()) {
            return;
        }
        currentStep = Objects.requireNonNull(step);
        currentQuestion = question;
    }

    /**
     * Submits and locks the interview. Returns false, changing nothing, when it was
     * already submitted (a double click or a replayed request).
     */
    public boolean submit(Instant at) {
        if (status == InterviewStatus.SUBMITTED) {
            return false;
        }
        requireOpenForAnswers();
        status = InterviewStatus.SUBMITTED;
        currentStep = Step.DONE;
        submittedAt = at;
        endedAt = at;
        return true;
    }

    /** Stops the interview early; the family chose whether what was said is kept. */
    public void stop(boolean keep, Instant at) {
        if (status.isClosed()) {
            throw new InterviewRuleException("interview.error.closed");
        }
        status = keep && status == InterviewStatus.IN_PROGRESS
                ? InterviewStatus.STOPPED_KEPT
                : InterviewStatus.STOPPED_DISCARDED;
        if (status == InterviewStatus.STOPPED_DISCARDED) {
            respondentName = null;
            socialWorkerName = null;
            familyKey = null;
        }
        currentStep = Step.DONE;
        endedAt = at;
    }

    /**
     * Records the family's withdrawal: the interview becomes a tombstone. Names are
     * erased here; the caller erases answers and everything else the family said.
     * Returns false, changing nothing, when it was already withdrawn.
     */
    public boolean withdraw(Instant at) {
        if (status == InterviewStatus.WITHDRAWN) {
            return false;
        }
        status = InterviewStatus.WITHDRAWN;
        consentOutcome = ConsentOutcome.WITHDRAWN;
        respondentName = null;
        socialWorkerName = null;
        currentStep = Step.DONE;
        currentQuestion = null;
        if (endedAt == null) {
            endedAt = at;
        }
        return true;
    }

    /**
     * Applies the organisation's retention policy: names are erased here; the
     * caller erases the rest as the action says. Returns false when already applied.
     */
    public boolean retain(org.heard.domain.model.organisation.RetentionAction action, Instant at) {
        if (retainedAt != null) {
            return false;
        }
        respondentName = null;
        socialWorkerName = null;
        familyKey = null;
        retainedAt = Objects.requireNonNull(at);
        retentionAction = Objects.requireNonNull(action);
        return true;
    }

    /**
     * Links this new interview to the family of {@code earlier}, a finished interview in
     * which the family gave their name: a follow-up. The link holds only if the family
     * gives their name again when they hear the statement; otherwise it is dropped.
     */
    public void followsUp(Interview earlier) {
        if (status != InterviewStatus.STARTED) {
            throw new InterviewRuleException("interview.error.closed");
        }
        if (!earlier.getOrganisationId().equals(organisationId)) {
            throw new IllegalArgumentException("Another organisation's interview");
        }
        this.familyKey = earlier.familyKeyForFollowUp();
    }

    /**
     * The key that a follow-up of this interview shares, created now if this interview
     * has none yet. Only a finished, kept interview in which the family gave their name
     * can be followed up.
     */
    String familyKeyForFollowUp() {
        if (status == InterviewStatus.WITHDRAWN) {
            throw new InterviewRuleException("start.follow-up.error.withdrawn");
        }
        if (status != InterviewStatus.SUBMITTED && status != InterviewStatus.STOPPED_KEPT) {
            throw new InterviewRuleException("start.follow-up.error.not-finished");
        }
        if (retainedAt != null) {
            throw new InterviewRuleException("start.follow-up.error.retained");
        }
        if (choice == null || !choice.keepsFamilyName()) {
            throw new InterviewRuleException("start.follow-up.error.not-named");
        }
        if (familyKey == null) {
            familyKey = FamilyKey.next();
        }
        return familyKey;
    }

    /** The pseudonymous key of the family's interviews; null when not linked. */
    public String getFamilyKey() {
        return familyKey;
    }

    /** When the retention policy was applied; null before. */
    public Instant getRetainedAt() {
        return retainedAt;
    }

    public org.heard.domain.model.organisation.RetentionAction getRetentionAction() {
        return retentionAction;
    }

    /** Whether the family gave at least the social worker's name (never for anonymous interviews). */
    public boolean isNamedFeedback() {
        return choice != null && choice.keepsSocialWorkerName() && socialWorkerName != null;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getOrganisationId() {
        return organisationId;
    }

    public String getReference() {
        return reference;
    }

    public Long getScriptId() {
        return scriptId;
    }

    public Long getInterviewerId() {
        return interviewerId;
    }

    public InterviewerKind getInterviewerKind() {
        return interviewerKind;
    }

    public InterviewMode getMode() {
        return mode;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public Long getTeamId() {
        return teamId;
    }

    public InterviewStatus getStatus() {
        return status;
    }

    public ParticipationChoice getChoice() {
        return choice;
    }

    public String getRespondentName() {
        return respondentName;
    }

    public String getSocialWorkerName() {
        return socialWorkerName;
    }

    public Step getCurrentStep() {
        return currentStep;
    }

    public Integer getCurrentQuestion() {
        return currentQuestion;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /**
     * The statement this interview reads: pinned at set-up to the version in force
     * then, so a version published later applies only to interviews started after
     * it; then the version of the latest consent record.
     */
    public Long getStatementId() {
        return statementId;
    }

    /** Null until the family answers the statement. */
    public ConsentOutcome getConsentOutcome() {
        return consentOutcome;
    }

    public Instant getConsentRecordedAt() {
        return consentRecordedAt;
    }

    public long getVersion() {
        return version;
    }
}
