package org.heard.interfaces.web.interviewer.interview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.heard.application.interview.ConsentDecision;
import org.heard.application.interview.ConsentService;
import org.heard.domain.model.interview.ConsentRecord;
import org.heard.domain.model.interview.Interview;
import org.heard.domain.model.interview.ParticipationChoice;
import org.heard.domain.model.statement.ConfidentialityStatement;
import org.heard.domain.shared.InterviewRuleException;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Serves {@code statement.xhtml}: the statement read aloud, the family's choice and agreement. */
@Named
@ViewScoped
public class StatementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsentService consent;

    @Inject
    private InterviewContext context;

    private Long interviewId;
    private Long statementId;
    private String statementText;
    private int statementVersion;
    private boolean statementRead;
    private ParticipationChoice choice;
    private String respondentName;
    private String socialWorkerName;
    private Boolean agreed;

    /** View action: loads the statement this interview reads; a closed interview goes back to the dashboard. */
    public void load() throws IOException {
        Interview interview = context.getInterview();
        if (interview.getStatus().isClosed()) {
            Faces.redirect("interviewer/index.xhtml");
            return;
        }
        interviewId = interview.getId();
        ConfidentialityStatement statement = consent.statementFor(interview);
        statementId = statement.getId();
        statementText = statement.getText();
        statementVersion = statement.getVersion();
        if (!Faces.isPostback()) {
            consent.latestConsent(interview).filter(ConsentRecord::isAgreed).ifPresent(previous -> {
                statementRead = true;
                choice = previous.getChoice();
                agreed = true;
                respondentName = interview.getRespondentName();
                socialWorkerName = interview.getSocialWorkerName();
            });
        }
    }

    public void record() throws IOException {
        try {
            ConsentRecord record = consent.record(new ConsentDecision(
                    interviewId, statementId, statementRead, agreed, choice, respondentName, socialWorkerName));
            if (record.isAgreed()) {
                Faces.redirect("interviewer/interview/question.xhtml?id=%s&q=1", interviewId.toString());
            } else {
                Messages.addFlashGlobalInfo("statement.declined.done");
                Faces.redirect("interviewer/index.xhtml");
            }
        } catch (InterviewRuleException rule) {
            // Beside the field it concerns (a missing name); everything typed stays in the form.
            RefusalMessages.error(rule, "consent");
        }
    }

    public ParticipationChoice[] getChoices() {
        return ParticipationChoice.values();
    }

    public boolean isNamed() {
        return choice != null && choice.keepsFamilyName();
    }

    public boolean isSocialWorkerNamed() {
        return choice != null && choice.keepsSocialWorkerName();
    }

    public String getStatementText() {
        return statementText;
    }

    public int getStatementVersion() {
        return statementVersion;
    }

    public boolean isStatementRead() {
        return statementRead;
    }

    public void setStatementRead(boolean statementRead) {
        this.statementRead = statementRead;
    }

    public ParticipationChoice getChoice() {
        return choice;
    }

    public void setChoice(ParticipationChoice choice) {
        this.choice = choice;
    }

    public String getRespondentName() {
        return respondentName;
    }

    public void setRespondentName(String respondentName) {
        this.respondentName = respondentName;
    }

    public String getSocialWorkerName() {
        return socialWorkerName;
    }

    public void setSocialWorkerName(String socialWorkerName) {
        this.socialWorkerName = socialWorkerName;
    }

    public Boolean getAgreed() {
        return agreed;
    }

    public void setAgreed(Boolean agreed) {
        this.agreed = agreed;
    }
}
