package org.heard.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.heard.application.ScriptAdministration;
import org.heard.domain.model.script.Script;
import org.omnifaces.util.Faces;

/** Serves {@code /admin/scripts.xhtml}: the interview scripts' versions, each downloadable as JSON. */
@Named
@RequestScoped
public class ScriptsBacking {

    @Inject
    private ScriptAdministration administration;

    private List<Script> versions;

    public void download(long scriptId, String code, int version) throws IOException {
        byte[] json = administration.export(scriptId).getBytes(StandardCharsets.UTF_8);
        Faces.sendFile(json, "script-" + code + "-v" + version + ".json", true);
    }

    public List<Script> getVersions() {
        if (versions == null) {
            versions = administration.versions();
        }
        return versions;
    }
}
