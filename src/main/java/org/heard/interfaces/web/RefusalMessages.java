package org.heard.interfaces.web;

import org.heard.domain.shared.InterviewRuleException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Shows a refused action's message beside the field it concerns: the component
 * {@code <form id>:<field>}, or the whole page when the refusal concerns no one field.
 * Marks the request's validation failed, so the form keeps what was typed.
 */
public final class RefusalMessages {

    private RefusalMessages() {}

    /** The rule's message beside its field of {@code formId}; for the page when it names none. */
    public static void error(InterviewRuleException rule, String formId) {
        error(formId, rule.getField(), rule.getMessageKey());
    }

    /** The message {@code messageKey} beside component {@code field} of {@code formId}; for the page when null. */
    public static void error(String formId, String field, String messageKey) {
        if (field == null) {
            Messages.addGlobalError(messageKey);
        } else {
            Messages.addError(formId + ":" + field, messageKey);
        }
        Faces.validationFailed();
    }
}
