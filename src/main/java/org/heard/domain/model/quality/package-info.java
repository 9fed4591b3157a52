/**
 * Quality assurance over many interviews: the codebook of themes ({@code Theme}, with
 * the {@code StarterCodebook} every organisation begins with and the {@code Codebook}
 * rules across themes), analysts' tags of answers or passages of them ({@code ThemeTag},
 * {@code Passage}) and their codings ({@code AnswerCoding}), agreement between analysts
 * who code the same answers ({@code CohenKappa}), the redaction of recorded names from
 * the family's words ({@code NameRedaction}), the "you said, we did" action log, and
 * the small-number suppression that keeps every figure shown or exported from singling
 * out a family or a social worker ({@code SmallNumbers}, with complementary
 * suppression in {@code Tabulation} and the generalisation of the export's rows in
 * {@code ExportGeneralisation}).
 */
package org.heard.domain.model.quality;
