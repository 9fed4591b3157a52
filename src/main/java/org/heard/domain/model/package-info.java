/** The aggregates of Heard: organisation, script, glossary, statement, support options and interview. */
package org.heard.domain.model;
