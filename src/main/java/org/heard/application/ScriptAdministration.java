package org.heard.application;

import static org.heard.application.Administration.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.heard.domain.model.audit.AuditAction;
import org.heard.domain.model.script.Script;
import org.heard.domain.model.script.ScriptRepository;

/**
 * The interview scripts, as administrators see them: every version, and each
 * one exported as a {@link ScriptDocument JSON document}. Exports are audited.
 */
@ApplicationScoped
@Transactional
public class ScriptAdministration {

    @Inject
    private Administration administration;

    @Inject
    private ScriptRepository scripts;

    @Inject
    private AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Script> versions() {
        administration.admin();
        return scripts.findAll();
    }

    /** The script version as a JSON document. */
    public String export(long scriptId) {
        Caller admin = administration.admin();
        Script script = scripts.find(scriptId).orElseThrow(NotFoundException::new);
        audit.record(event(admin, AuditAction.SCRIPT_EXPORTED, "script", script.getId())
                .value("script", script.getCode() + " v" + script.getVersion()));
        return ScriptDocument.toJson(script);
    }
}
