package org.heard.interfaces.web.qa;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.heard.application.quality.Dashboard;
import org.heard.application.quality.DashboardFilter;
import org.heard.application.quality.DeidentifiedExportService;
import org.heard.application.quality.QaDashboardService;
import org.heard.domain.model.interview.InterviewMode;
import org.heard.domain.model.organisation.InterviewerKind;
import org.heard.domain.model.organisation.Team;
import org.heard.domain.model.quality.DashboardFilterException;
import org.heard.interfaces.web.MessageBundleResolver;
import org.heard.interfaces.web.RefusalMessages;
import org.omnifaces.util.Faces;

/**
 * Serves {@code /qa/dashboard.xhtml}: the filters, the figures of the dashboard with a
 * chart beside every table, and the de-identified export for the same filters. What
 * the analyst typed stays in the form when a filter is refused.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private QaDashboardService dashboards;

    @Inject
    private DeidentifiedExportService exports;

    private String from;
    private String to;
    private Long teamId;
    private InterviewMode mode;
    private InterviewerKind kind;

    private DashboardFilter filter;
    private Dashboard dashboard;
    private List<Team> teams;
    private DashboardCharts charts;

    @PostConstruct
    void defaults() {
        String[] period = dashboards.defaultPeriod();
        from = period[0];
        to = period[1];
    }

    /** Applies the filters as typed; a refused one leaves a message and no figures. */
    public void apply() {
        filter = null;
        dashboard = null;
        try {
            filter = dashboards.filter(from, to, teamId, mode, kind);
        } catch (DashboardFilterException refused) {
            RefusalMessages.error("filters", refused.getField(), refused.getMessageKey());
        }
    }

    /** Streams the de-identified export for the filters as they are in the form. */
    public void export() throws IOException {
        apply();
        if (filter == null) {
            return;
        }
        DashboardFilter exported = filter;
        Faces.sendFile("heard-deidentified-" + dashboards.today() + ".csv", true, out -> {
            try (DeidentifiedCsv csv = new DeidentifiedCsv(out, exports.columns(exported))) {
                exports.export(exported, csv::write);
            }
        });
    }

    /** The dashboard for the filters, or null while a filter is refused. */
    public Dashboard getDashboard() {
        if (dashboard == null && !Faces.isValidationFailed()) {
            if (filter == null) {
                apply();
            }
            if (filter != null) {
                dashboard = dashboards.dashboard(filter);
            }
        }
        return dashboard;
    }

    /** The charts' Chart.js configurations, built from the same figures as the tables. */
    public DashboardCharts getCharts() {
        if (charts == null && getDashboard() != null) {
            charts = new DashboardCharts(dashboard);
        }
        return charts;
    }

    public List<Team> getTeams() {
        if (teams == null) {
            teams = dashboards.teams();
        }
        return teams;
    }

    public InterviewMode[] getModes() {
        return InterviewMode.values();
    }

    public InterviewerKind[] getKinds() {
        return InterviewerKind.values();
    }

    /** "fewer than 5": what a suppressed figure shows. */
    public String getSuppressed() {
        return MessageBundleResolver.format("qa.dashboard.suppressed", dashboards.suppressionThreshold());
    }

    public int getThreshold() {
        return dashboards.suppressionThreshold();
    }

    /** A message of the bundle with one placeholder, for labels built in the page. */
    public String format(String key, Object value) {
        return MessageBundleResolver.format(key, value);
    }

    /** A team's name, or "No team recorded" for the empty name. */
    public String teamLabel(String name) {
        return name == null || name.isEmpty() ? MessageBundleResolver.format("qa.dashboard.no-team") : name;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public InterviewMode getMode() {
        return mode;
    }

    public void setMode(InterviewMode mode) {
        this.mode = mode;
    }

    public InterviewerKind getKind() {
        return kind;
    }

    public void setKind(InterviewerKind kind) {
        this.kind = kind;
    }
}
