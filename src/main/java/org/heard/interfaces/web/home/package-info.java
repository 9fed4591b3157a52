/** Serves {@code /index.xhtml} and the page header: who is signed in, and where each of their roles lands. */
package org.heard.interfaces.web.home;
