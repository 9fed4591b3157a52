/** Backing beans of {@code /platform/*.xhtml}: the platform administrator's list of organisations and the form that creates one. */
package org.heard.interfaces.web.platform;
