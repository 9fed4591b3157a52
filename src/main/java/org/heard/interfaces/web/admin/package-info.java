/** Serves {@code /admin/*}: the administrator's pages. */
package org.heard.interfaces.web.admin;
