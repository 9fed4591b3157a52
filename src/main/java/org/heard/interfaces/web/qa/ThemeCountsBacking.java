package org.heard.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.heard.application.quality.ThemeCountService;

/** Serves {@code /qa/theme-counts.xhtml}: interviews with each theme by quarter, and against Q2 ratings. */
@Named
@RequestScoped
public class ThemeCountsBacking {

    @Inject
    private ThemeCountService counts;

    private ThemeCountService.ByQuarter byQuarter;
    private ThemeCountService.AgainstRatings againstRatings;

    public ThemeCountService.ByQuarter getByQuarter() {
        if (byQuarter == null) {
            byQuarter = counts.byQuarter();
        }
        return byQuarter;
    }

    public ThemeCountService.AgainstRatings getAgainstRatings() {
        if (againstRatings == null) {
            againstRatings = counts.againstRatings();
        }
        return againstRatings;
    }

    public int getThreshold() {
        return counts.suppressionThreshold();
    }
}
