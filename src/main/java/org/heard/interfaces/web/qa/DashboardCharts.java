package org.heard.interfaces.web.qa;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;
import org.heard.application.quality.Dashboard;
import org.heard.domain.model.quality.Tabulation;
import org.heard.interfaces.web.MessageBundleResolver;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' {@code p:chart}.
 * They are built from the suppressed figures only: a suppressed figure is sent as
 * {@code null}, which Chart.js leaves out, so a chart never receives a hidden value.
 */
public final class DashboardCharts {

    /** Colours for the ratings 1 to 5, from disagree to agree (contrast at least 3:1 on white). */
    private static final String[] RATING_COLOURS = {"#a4262c", "#ca5010", "#6b6b6b", "#3a7d44", "#005a9e"};

    private static final String[] LINE_COLOURS = {"#005a9e", "#a4262c", "#3a7d44", "#6b2c91", "#8a5a00"};

    private static final String BAR_COLOUR = "#005a9e";

    private final Dashboard dashboard;

    DashboardCharts(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    public String getMonths() {
        return counts(dashboard.months(), dashboard.byMonth(), "qa.dashboard.months.heading");
    }

    public String getModes() {
        return counts(
                dashboard.modes().stream().map(m -> text("mode." + m)).toList(),
                dashboard.byMode(),
                "qa.dashboard.modes.heading");
    }

    public String getKinds() {
        return counts(
                dashboard.kinds().stream().map(k -> text("kind." + k)).toList(),
                dashboard.byKind(),
                "qa.dashboard.kinds.heading");
    }

    public String getTeams() {
        return counts(
                dashboard.teams().stream()
                        .map(t -> t.isEmpty() ? text("qa.dashboard.no-team") : t)
                        .toList(),
                dashboard.byTeam(),
                "qa.dashboard.teams.heading");
    }

    /** A stacked bar for each team: the statement's ratings 1 to 5. */
    public String byTeam(Dashboard.Statement statement) {
        return stacked(statement.byTeam(), g -> g.label().isEmpty() ? text("qa.dashboard.no-team") : g.label());
    }

    /** A stacked bar for each quarter: the statement's ratings 1 to 5. */
    public String byQuarter(Dashboard.Statement statement) {
        return stacked(statement.byQuarter(), Dashboard.Group::label);
    }

    /** The trend: for every statement, a line of its mean rating in each quarter. */
    public String getTrend() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Dashboard.Statement statement : dashboard.statements()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Dashboard.Group group : statement.byQuarter()) {
                Double mean = group.distribution().mean();
                if (mean == null) {
                    data.addNull();
                } else {
                    data.add(mean);
                }
            }
            String colour = LINE_COLOURS[i++ % LINE_COLOURS.length];
            datasets.add(Json.createObjectBuilder()
                    .add("label", MessageBundleResolver.format("qa.dashboard.statement.short", statement.position()))
                    .add("data", data)
                    .add("borderColor", colour)
                    .add("backgroundColor", colour)
                    .add("spanGaps", false));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("min", 1).add("max", 5));
        return config("line", labels(dashboard.quarters()), datasets, scales, true);
    }

    private String counts(List<String> labels, Tabulation.Row row, String headingKey) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Tabulation.Cell cell : row.cells()) {
            if (cell.shown()) {
                data.add(cell.count());
            } else {
                data.addNull();
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", text(headingKey))
                        .add("data", data)
                        .add("backgroundColor", BAR_COLOUR));
        JsonObjectBuilder scales =
                Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true));
        return config("bar", labels(labels), datasets, scales, false);
    }

    private String stacked(List<Dashboard.Group> groups, Function<Dashboard.Group, String> label) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int value = 0; value < 5; value++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Dashboard.Group group : groups) {
                Tabulation.Cell cell = group.distribution().counts().cells().get(value);
                if (cell.shown()) {
                    data.add(cell.count());
                } else {
                    data.addNull();
                }
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", text("qa.dashboard.rating." + (value + 1)))
                    .add("data", data)
                    .add("backgroundColor", RATING_COLOURS[value]));
        }
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true));
        return config("bar", labels(groups.stream().map(label).toList()), datasets, scales, true);
    }

    private static JsonArrayBuilder labels(List<String> labels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        labels.forEach(array::add);
        return array;
    }

    private static String config(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales, boolean legend) {
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("responsive", true)
                                .add("scales", scales)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", legend)
                                                                .add("position", "bottom"))))
                .build();
        return config.toString();
    }

    private static String text(String key) {
        return MessageBundleResolver.format(key);
    }
}
