/** Backing beans of {@code /account/*.xhtml}: the signed-in member of staff's own account. */
package org.heard.interfaces.web.account;
