/**
 * Serves {@code /qa/*}: the quality-assurance analyst's pages — the landing page, the
 * dashboard with its charts ({@code DashboardCharts}) and the de-identified export
 * ({@code DeidentifiedCsv}), the export's data dictionary, and the action log.
 */
package org.heard.interfaces.web.qa;
