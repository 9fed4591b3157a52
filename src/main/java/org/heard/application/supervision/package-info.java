/**
 * The supervisor's use cases: the consent register and each interview's consent
 * record, corrections of submitted answers, withdrawal and erasure, feedback for
 * supervision, safeguarding alerts, an interview's history and audit verification.
 */
package org.heard.application.supervision;
