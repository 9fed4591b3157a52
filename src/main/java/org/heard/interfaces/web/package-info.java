/**
 * Backing beans of the Faces pages. Sub-packages mirror the URLs they serve
 * ({@code interfaces.web.admin.teams} serves {@code /admin/teams/*.xhtml}).
 * Beans translate between a page and an application service; they hold no
 * persistence code and no business rules.
 */
package org.heard.interfaces.web;
