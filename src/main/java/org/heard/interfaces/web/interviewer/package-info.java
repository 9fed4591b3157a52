/** Serves {@code /interviewer/*}: the interviewer's pages. */
package org.heard.interfaces.web.interviewer;
