package org.heard.domain.model.quality;

/**
 * A change to the codebook or to an analyst's coding that breaks one of its rules;
 * carries the message key to show.
 */
public class ThemingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ThemingException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
