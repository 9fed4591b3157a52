/**
 * Heard's domain model: entities and value objects that carry the rules of the
 * evaluation framework, independent of Faces, servlets and databases.
 */
package org.heard.domain;
