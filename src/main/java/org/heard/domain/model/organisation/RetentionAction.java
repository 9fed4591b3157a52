package org.heard.domain.model.organisation;

/** What happens to an interview's personal data when its retention period ends. */
public enum RetentionAction {
    /**
     * Names, notes, support details and supervision discussions are erased; the
     * family's answers and ratings stay, without anything that identifies anyone,
     * for quality assurance.
     */
    ANONYMISE,
    /** Everything the family said or chose is erased, as on withdrawal; a tombstone remains. */
    ERASE
}
