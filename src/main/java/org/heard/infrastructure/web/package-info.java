/**
 * Servlet and Faces plumbing shared by every page: security headers, session
 * timeout, and the mapping of "not found" to a 404 page.
 */
package org.heard.infrastructure.web;
