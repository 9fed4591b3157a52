package org.heard.domain.model.quality;

/** What happens to the tags of a theme that is deleted while in use. */
public enum TagFate {
    /** The tags move to another theme; a tag the other theme already has is dropped, not doubled. */
    MOVE,
    /** The tags are deleted with the theme. */
    DELETE
}
