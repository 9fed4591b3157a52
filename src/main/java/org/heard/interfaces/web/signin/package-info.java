/** Serves {@code /signin.xhtml}: signing in with a user name and password. */
package org.heard.interfaces.web.signin;
