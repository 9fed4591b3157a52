/**
 * The glossary: the framework's shared definitions of words such as "trust" and each organisation's own terms and
 * definition versions, never changed once written, and how terms are found in script text.
 */
package org.heard.domain.model.glossary;
