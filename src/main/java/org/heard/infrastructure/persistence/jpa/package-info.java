/**
 * JPA implementations of the domain repositories. The only package that touches
 * an {@code EntityManager}. Organisation-owned data is read through
 * {@link org.heard.infrastructure.persistence.jpa.OrganisationScopedRepository}.
 */
package org.heard.infrastructure.persistence.jpa;
