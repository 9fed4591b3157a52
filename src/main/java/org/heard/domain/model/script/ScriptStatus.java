package org.heard.domain.model.script;

/** A script version is drafted, then published; a published version never changes. */
public enum ScriptStatus {
    DRAFT,
    PUBLISHED
}
