package org.heard.application.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.heard.domain.model.quality.SmallNumbers;

/** The installation's quality-assurance settings, from MicroProfile Config. */
@ApplicationScoped
public class QualitySettings {

    @Inject
    @ConfigProperty(name = "heard.qa.minimum-cell-size", defaultValue = "" + SmallNumbers.DEFAULT_MINIMUM)
    int minimumCellSize;

    /** The small-number suppression rule every quality-assurance figure obeys. */
    @Produces
    public SmallNumbers smallNumbers() {
        return new SmallNumbers(minimumCellSize);
    }
}
