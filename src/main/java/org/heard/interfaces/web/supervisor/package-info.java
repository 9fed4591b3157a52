/** Serves {@code /supervisor/*}: the supervisor's pages. */
package org.heard.interfaces.web.supervisor;
