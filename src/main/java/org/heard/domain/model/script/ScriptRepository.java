package org.heard.domain.model.script;

import java.util.List;
import java.util.Optional;

/** Scripts are shared reference data, read by every organisation. */
public interface ScriptRepository {

    Optional<Script> find(Long id);

    /** The newest published version of the script with this code. */
    Optional<Script> findCurrent(String code);

    /** Every version of every script, by code and version. */
    List<Script> findAll();
}
