package org.heard.application.interview;

/**
 * The answer was changed elsewhere (another tab) since this page loaded it. Holds
 * what is saved now, so that the page can show both versions of the text.
 */
public class AnswerConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String savedText;
    private final String savedNote;
    private final boolean savedDeclined;
    private final long savedVersion;

    public AnswerConflictException(String savedText, String savedNote, boolean savedDeclined, long savedVersion) {
        super("The answer was changed elsewhere");
        this.savedText = savedText;
        this.savedNote = savedNote;
        this.savedDeclined = savedDeclined;
        this.savedVersion = savedVersion;
    }

    public String getSavedText() {
        return savedText;
    }

    public String getSavedNote() {
        return savedNote;
    }

    public boolean isSavedDeclined() {
        return savedDeclined;
    }

    public long getSavedVersion() {
        return savedVersion;
    }
}
