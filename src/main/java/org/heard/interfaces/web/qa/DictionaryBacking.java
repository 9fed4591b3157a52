package org.heard.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.heard.application.quality.QaDashboardService;
import org.heard.interfaces.web.CsvSheet;
import org.omnifaces.util.Faces;

/** Serves {@code /qa/dictionary.xhtml}: the data dictionary of the de-identified export, on the page and as CSV. */
@Named
@RequestScoped
public class DictionaryBacking {

    @Inject
    private QaDashboardService dashboards;

    private List<DataDictionary.Entry> entries;

    public List<DataDictionary.Entry> getEntries() {
        if (entries == null) {
            entries = DataDictionary.entries(dashboards.suppressionThreshold());
        }
        return entries;
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
