package org.heard.domain.model.quality;

/** A change to the action log that breaks one of its rules; carries the message key to show. */
public class ActionLogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ActionLogException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
