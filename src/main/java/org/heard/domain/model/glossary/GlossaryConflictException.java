package org.heard.domain.model.glossary;

/**
 * A term or definition version that another administrator added at the same
 * moment: the database's unique keys refused the second one.
 */
public class GlossaryConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GlossaryConflictException(Throwable cause) {
        super("The glossary changed at the same time", cause);
    }
}
