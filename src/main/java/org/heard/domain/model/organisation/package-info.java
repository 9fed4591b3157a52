/**
 * The organisation aggregate: local authorities that share one installation,
 * their teams, and their staff accounts with roles and interviewer kind.
 */
package org.heard.domain.model.organisation;
