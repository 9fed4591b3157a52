package org.heard.domain.shared;

/**
 * An action the interview's rules do not allow at this point, e.g. an answer
 * before consent. Carries a message-bundle key for the person, never family data.
 */
public class InterviewRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public InterviewRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
