package org.heard.domain.model.quality;

/**
 * A dashboard or export filter that cannot be applied; carries the message key to show and
 * the filter it concerns ({@code "from"}, {@code "to"}, {@code "team"}), or null when it
 * concerns no one filter.
 */
public class DashboardFilterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;

    /** A refusal that concerns no one filter. */
    public DashboardFilterException(String messageKey) {
        this(messageKey, null);
    }

    /** A refusal of the filter named {@code field}. */
    public DashboardFilterException(String messageKey, String field) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The filter the refusal concerns; null when it concerns no one filter. */
    public String getField() {
        return field;
    }
}
