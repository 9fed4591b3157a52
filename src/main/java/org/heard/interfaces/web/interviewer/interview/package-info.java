/**
 * Serves {@code /interviewer/interview/*}: the steps of one interview — the
 * statement, the questions, support, and check answers — and the safeguarding
 * and stop actions available from every step.
 */
package org.heard.interfaces.web.interviewer.interview;
