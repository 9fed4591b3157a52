package org.heard.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.heard.application.quality.DashboardFilter;
import org.heard.application.quality.DeidentifiedExportService;
import org.heard.application.quality.QaDashboardService;
import org.heard.domain.model.quality.DashboardFilterException;
import org.heard.interfaces.web.CsvSheet;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * Serves {@code /qa/dictionary.xhtml}: the data dictionary of the de-identified export
 * for a period ({@code ?from=2025-Q1&to=2025-Q4}, the dashboard's default period when
 * absent or not understood), with a column for every question of the scripts of the
 * period, on the page and as CSV.
 */
@Named
@RequestScoped
public class DictionaryBacking {

    @Inject
    private QaDashboardService dashboards;

    @Inject
    private DeidentifiedExportService exports;

    @Inject
    @Param(name = "from")
    private String from;

    @Inject
    @Param(name = "to")
    private String to;

    private DashboardFilter filter;

    private List<DataDictionary.Entry> entries;

    public List<DataDictionary.Entry> getEntries() {
        if (entries == null) {
            entries = DataDictionary.entries(dashboards.suppressionThreshold(), exports.columns(getFilter()));
        }
        return entries;
    }

    /** The period the dictionary describes. */
    public DashboardFilter getFilter() {
        if (filter == null) {
            try {
                filter = dashboards.filter(from, to, null, null, null);
            } catch (DashboardFilterException notUnderstood) {
                String[] period = dashboards.defaultPeriod();
                filter = dashboards.filter(period[0], period[1], null, null, null);
            }
        }
        return filter;
    }

    public int getThreshold() {
        return dashboards.suppressionThreshold();
    }

    /** The dictionary as CSV, with the same words as the page. */
    public void download() throws IOException {
        List<DataDictionary.Entry> rows = getEntries();
        Faces.sendFile("heard-deidentified-dictionary.csv", true, out -> {
            try (CsvSheet sheet = new CsvSheet(out, DataDictionary.HEADER)) {
                for (DataDictionary.Entry entry : rows) {
                    sheet.row(entry.column(), entry.meaning(), entry.values(), entry.suppression());
                }
            }
        });
    }
}
