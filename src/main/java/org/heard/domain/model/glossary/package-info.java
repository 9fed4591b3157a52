/** The glossary: the framework's own definitions of words such as "trust", versioned, and how they are found in script text. */
package org.heard.domain.model.glossary;
