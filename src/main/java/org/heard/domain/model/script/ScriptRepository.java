package org.heard.domain.model.script;

import java.util.List;
import java.util.Optional;
import org.heard.domain.shared.NotFoundException;

/**
 * Script versions and drafts. Shared scripts are read by every organisation; an
 * organisation's own versions and drafts only by that organisation. Every method
 * but {@link #find} reads as the caller's organisation.
 */
public interface ScriptRepository {

    /** A version by id, whoever's: interviews refer to the version they used. */
    Optional<Script> find(Long id);

    /** A version by id, if it is shared or the caller's organisation's. */
    Optional<Script> findVisible(Long id);

    /** A version by id that is shared or the caller's organisation's; {@link NotFoundException} otherwise. */
    default Script getVisible(Long id) {
        return findVisible(id).orElseThrow(NotFoundException::new);
    }

    /**
     * The version in force of the script with this code: the organisation's newest own
     * version if it has one, else the newest shared version.
     */
    Optional<Script> findCurrent(String code);

    /** The version in force of every script the organisation may use, by title. */
    List<Script> findCurrentScripts();

    /** Every version the organisation may see, shared and its own, by code and version. */
    List<Script> findVisible();

    /** The highest version number of this code among the shared and the organisation's own versions; 0 if none. */
    int highestVersion(String code);

    /** Stores a newly published version of the caller's organisation. */
    Script store(Script script);

    /** The organisation's drafts, by code. */
    List<ScriptDraft> findDrafts();

    Optional<ScriptDraft> findDraft(Long id);

    /** A draft of the caller's organisation; {@link NotFoundException} when there is none. */
    default ScriptDraft getDraft(Long id) {
        return findDraft(id).orElseThrow(NotFoundException::new);
    }

    Optional<ScriptDraft> findDraftFor(String code);

    ScriptDraft store(ScriptDraft draft);

    void delete(ScriptDraft draft);
}
