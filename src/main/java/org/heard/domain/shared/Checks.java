package org.heard.domain.shared;

import java.util.Objects;

/** Argument checks used by entity constructors to keep aggregates valid. */
public final class Checks {

    private Checks() {}

    /** Returns the trimmed text, or throws if it is null, blank or longer than {@code max}. */
    public static String requireText(String value, int max, String what) {
        Objects.requireNonNull(value, what + " is required");
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(what + " must be at most " + max + " characters");
        }
        return trimmed;
    }
}
