package org.heard.domain.model.quality;

/** A dashboard or export filter that cannot be applied; carries the message key to show. */
public class DashboardFilterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public DashboardFilterException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
