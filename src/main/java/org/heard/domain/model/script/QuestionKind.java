package org.heard.domain.model.script;

/** What a question asks for: the family's own words, or ratings of statements on the scale. */
public enum QuestionKind {
    FREE_TEXT,
    RATINGS
}
