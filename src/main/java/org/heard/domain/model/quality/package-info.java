/**
 * Quality assurance over many interviews: agreement between analysts who code the same
 * answers with themes, and the small-number suppression that keeps every figure shown
 * or exported from singling out a family or a social worker ({@code SmallNumbers}, with
 * complementary suppression in {@code Tabulation} and the generalisation of the
 * export's rows in {@code ExportGeneralisation}).
 */
package org.heard.domain.model.quality;
