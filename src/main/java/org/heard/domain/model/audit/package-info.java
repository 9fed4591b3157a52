/**
 * The append-only, tamper-evident audit trail: every event is sealed with an
 * HMAC over its content and the previous event's seal, per organisation.
 * Values are kept apart from the sealed events, as keyed digests in the chain,
 * so that they can be redacted without breaking it.
 */
package org.heard.domain.model.audit;
