package org.heard.application.shared;

/** Thrown when organisation-owned data is asked for without a signed-in caller or a system scope. */
public class NotSignedInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super("No signed-in caller and no system scope: organisation-owned data cannot be read");
    }
}
