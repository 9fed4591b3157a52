package org.heard.domain.shared;

/**
 * An action a domain rule does not allow at this point, e.g. an answer before
 * consent, or a dashboard filter that cannot be applied. Carries a message-bundle key for the person, never family data,
 * and the field it concerns: the name of the value as the use case takes it (such as
 * {@code "username"}), or null when it concerns no one field.
 */
public class InterviewRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;

    /** A refusal that concerns no one field. */
    public InterviewRuleException(String messageKey) {
        this(messageKey, null);
    }

    /** A refusal of the value named {@code field}. */
    public InterviewRuleException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The value the refusal concerns, such as {@code "username"}; null when it concerns no one field. */
    public String getField() {
        return field;
    }
}
