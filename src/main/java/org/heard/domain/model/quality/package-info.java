/**
 * Quality assurance over many interviews: agreement between analysts who code the same
 * answers with themes, and the small-number suppression that keeps every figure shown
 * or exported from singling out a family or a social worker.
 */
package org.heard.domain.model.quality;
