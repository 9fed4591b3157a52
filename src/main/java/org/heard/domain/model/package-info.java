/** The aggregates of Heard: organisation, and (in later packages) script, statement and interview. */
package org.heard.domain.model;
