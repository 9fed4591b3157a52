/**
 * The audit trail's witness outside the database: {@code FileAuditWitness}, an append-only file of sealed chain
 * heads, each line also written to the server log.
 */
package org.heard.infrastructure.audit;
