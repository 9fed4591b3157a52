/**
 * The administrator's use cases: staff accounts and teams, confidentiality
 * statement versions, scripts and the script document format, the glossary,
 * support options, retention; and the platform administrator's organisations.
 */
package org.heard.application.administration;
