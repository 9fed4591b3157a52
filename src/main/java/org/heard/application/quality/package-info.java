/**
 * The quality-assurance analyst's use cases: the dashboard and its suppression,
 * the de-identified export, the codebook, coding answers and agreement, theme
 * counts, following families over time and the "you said, we did" action log.
 */
package org.heard.application.quality;
