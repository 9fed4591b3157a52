package org.heard.domain.shared;

/**
 * The record does not exist, or belongs to another organisation: the two are
 * deliberately indistinguishable. The web layer answers 404.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("Not found");
    }
}
