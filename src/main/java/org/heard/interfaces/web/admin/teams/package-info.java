/** Serves {@code /admin/teams/*}: one team of the administrator's organisation. */
package org.heard.interfaces.web.admin.teams;
