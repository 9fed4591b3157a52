/**
 * Writing to the tamper-evident audit trail: the trail itself (one chain per
 * organisation, sealed entries), the factories that start an entry for a caller,
 * verification of a chain and the request id every entry carries.
 */
package org.heard.application.audit;
