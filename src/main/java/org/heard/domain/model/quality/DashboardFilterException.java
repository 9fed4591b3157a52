package org.heard.domain.model.quality;

import org.heard.domain.shared.InterviewRuleException;

/**
 * A dashboard or export filter that cannot be applied: a rule refusal whose field is the
 * filter it concerns ({@code "from"}, {@code "to"}, {@code "team"}), or null when it
 * concerns no one filter.
 */
public class DashboardFilterException extends InterviewRuleException {

    private static final long serialVersionUID = 1L;

    /** A refusal that concerns no one filter. */
    public DashboardFilterException(String messageKey) {
        super(messageKey);
    }

    /** A refusal of the filter named {@code field}. */
    public DashboardFilterException(String messageKey, String field) {
        super(messageKey, field);
    }
}
