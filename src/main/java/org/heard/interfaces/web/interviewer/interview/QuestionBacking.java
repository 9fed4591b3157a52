package org.heard.interfaces.web.interviewer.interview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heard.application.interview.AnswerConflictException;
import org.heard.application.interview.AnswerService;
import org.heard.application.interview.InterviewSetup;
import org.heard.application.interview.TypedAnswer;
import org.heard.domain.model.interview.Answer;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.InterviewStatus;
import org.heard.domain.model.script.Question;
import org.heard.domain.model.script.Script;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.domain.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Serves {@code question.xhtml?id=…&q=…}: one question per screen. The page's
 * script autosaves while the interviewer types; "Save and continue" and "Back"
 * save again before moving, so nothing is lost either way. Opened from Check
 * answers ({@code &from=check}), both return there, to the changed answer.
 */
@Named
@ViewScoped
public class QuestionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The value of {@code from} that sends the interviewer back to Check answers after saving. */
    public static final String FROM_CHECK = "check";

    @Inject
    private AnswerService answers;

    @Inject
    private InterviewSetup interviews;

    @Inject
    private InterviewContext context;

    @Inject
    @Param(name = "q")
    private Integer requested;

    /** {@value #FROM_CHECK} when the question was opened by "Change" on Check answers. */
    @Inject
    @Param(name = "from")
    private String from;

    private Long interviewId;
    private int number;
    private int count;
    private Question question;
    private List<Question> questions;
    private Map<Integer, String> scaleLabels;

    private String text;
    private boolean declined;
    private String note;
    /** The version of the answer this page last saw; {@link AnswerService#NO_ANSWER} when there was none. */
    private Long version = AnswerService.NO_ANSWER;

    private Map<Long, Integer> ratings = new HashMap<>();
    private String savedAt;

    private String conflictText;
    private Long conflictVersion;

    /** View action: loads the question and what is saved for it. */
    public void load() throws IOException {
        Interview interview = context.getInterview();
        if (interview.getStatus() == InterviewStatus.STARTED) {
            Faces.redirect(
                    "interviewer/interview/statement.xhtml?id=%s",
                    interview.getId().toString());
            return;
        }
        if (interview.getStatus().isClosed()) {
            Faces.redirect("interviewer/index.xhtml");
            return;
        }
        Script script = context.getScript();
        count = script.getQuestionCount();
        number = requested == null ? 1 : requested;
        question = script.question(number).orElseThrow(NotFoundException::new);
        questions = script.getQuestions();
        scaleLabels = script.getScaleLabels();
        interviewId = interview.getId();
        if (!Faces.isPostback()) {
            Answer answer = answers.answers(interview).get(question.getId());
            if (answer != null) {
                text = answer.getText();
                declined = answer.isDeclined();
                note = answer.getNote();
                version = answer.getVersion();
                savedAt = answer.getUpdatedAt().toString();
            }
            ratings = new HashMap<>(answers.ratings(interview));
            interviews.moveTo(interviewId, org.heard.domain.model.interview.Step.QUESTIONS, number);
        }
    }

    /**
     * Saves, then goes to the next question, or on to support after the last; or back to
     * Check answers, at the changed answer, when the question was opened from there.
     */
    public void next() throws IOException {
        if (save()) {
            if (isFromCheck()) {
                returnToCheck();
            } else if (number < count) {
                Faces.redirect(
                        "interviewer/interview/question.xhtml?id=%s&q=%s",
                        interviewId.toString(), Integer.toString(number + 1));
            } else {
                Faces.redirect("interviewer/interview/support.xhtml?id=%s", interviewId.toString());
            }
        }
    }

    /** Saves, then goes back a question, or to the statement from the first; or back to Check answers. */
    public void back() throws IOException {
        if (save()) {
            if (isFromCheck()) {
                returnToCheck();
            } else if (number > 1) {
                Faces.redirect(
                        "interviewer/interview/question.xhtml?id=%s&q=%s",
                        interviewId.toString(), Integer.toString(number - 1));
            } else {
                Faces.redirect("interviewer/interview/statement.xhtml?id=%s", interviewId.toString());
            }
        }
    }

    /** Check answers, with the changed answer focused (its row's id is {@code answer-<number>}). */
    private void returnToCheck() throws IOException {
        Faces.redirect(
                "interviewer/interview/check.xhtml?id=%s#answer-%s", interviewId.toString(), Integer.toString(number));
    }

    /** Whether the question was opened by "Change" on Check answers. */
    public boolean isFromCheck() {
        return FROM_CHECK.equals(from);
    }

    /** Keeps the interviewer's text over the one saved elsewhere, after a conflict. */
    public void keepMine() {
        version = conflictVersion;
        conflictText = null;
        conflictVersion = null;
        if (save()) {
            Messages.addGlobalInfo("question.conflict.kept-mine");
        }
    }

    /** Takes the text saved elsewhere, after a conflict. */
    public void takeSaved() {
        text = conflictText;
        version = conflictVersion;
        conflictText = null;
        conflictVersion = null;
        Messages.addGlobalInfo("question.conflict.took-saved");
    }

    private boolean save() {
        try {
            Answer saved =
                    answers.save(interviewId, number, new TypedAnswer(text, declined, note, version), ratingsToSave());
            version = saved.getVersion();
            return true;
        } catch (AnswerConflictException conflict) {
            conflictText = conflict.getSavedText();
            conflictVersion = conflict.getSavedVersion();
            Messages.addGlobalWarn("question.conflict.found");
            return false;
        } catch (InterviewRuleException rule) {
            Messages.addGlobalError(rule.getMessageKey());
            return false;
        }
    }

    /** The ratings of a ratings question, to be saved with its answer; null for any other question. */
    private Map<Long, Integer> ratingsToSave() {
        if (!question.isRatings()) {
            return null;
        }
        Map<Long, Integer> values = new HashMap<>();
        question.getRatingStatements().forEach(s -> values.put(s.getId(), ratings.get(s.getId())));
        return values;
    }

    public int getNumber() {
        return number;
    }

    public int getCount() {
        return count;
    }

    public Question getQuestion() {
        return question;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public Map<Integer, String> getScaleLabels() {
        return scaleLabels;
    }

    public List<Integer> getScaleValues() {
        return List.copyOf(scaleLabels.keySet());
    }

    public int getTextMax() {
        return Answer.TEXT_MAX;
    }

    public int getNoteMax() {
        return Answer.NOTE_MAX;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isDeclined() {
        return declined;
    }

    public void setDeclined(boolean declined) {
        this.declined = declined;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Map<Long, Integer> getRatings() {
        return ratings;
    }

    /** When the answer shown was saved (ISO-8601, UTC), for the page's "Saved 10:42"; null if never. */
    public String getSavedAt() {
        return savedAt;
    }

    public String getConflictText() {
        return conflictText;
    }

    public boolean isConflict() {
        return conflictVersion != null;
    }
}
