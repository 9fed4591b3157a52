/** Serves {@code /qa/*}: the quality-assurance analyst's pages. */
package org.heard.interfaces.web.qa;
