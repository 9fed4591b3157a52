/**
 * The script aggregate: a versioned question script (the framework's Appendix 1 and
 * later ones), its questions with read-aloud text, prompts and guidance, the rating
 * statements and scale labels. A published version never changes.
 */
package org.heard.domain.model.script;
