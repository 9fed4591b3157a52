/**
 * The statement aggregate: versioned confidentiality and data storage statements
 * that interviewers read to families. Consent records point to the exact version
 * and hold the SHA-256 of its text.
 */
package org.heard.domain.model.statement;
