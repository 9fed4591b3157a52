/** The session of every signed-in page: the idle-timeout warning, staying signed in, and signing out. */
package org.heard.interfaces.web.session;
