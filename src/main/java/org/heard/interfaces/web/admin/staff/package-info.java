/** Backing beans of {@code /admin/staff/*.xhtml}: creating and managing staff accounts. */
package org.heard.interfaces.web.admin.staff;
