package org.heard.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.heard.application.quality.ActionLogService;
import org.heard.domain.model.quality.QualityAction;

/** Serves {@code /qa/you-said-we-did.xhtml}: the done actions, printable for the families' leaflet. */
@Named
@RequestScoped
public class YouSaidWeDidBacking {

    @Inject
    private ActionLogService log;

    private List<QualityAction> done;

    public List<QualityAction> getDone() {
        if (done == null) {
            done = log.done();
        }
        return done;
    }
}
