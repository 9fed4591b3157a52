/**
 * The interviewer's use cases: starting an interview, recording consent, saving
 * answers and ratings as they are typed, support, safeguarding flags and
 * submission; and the glossary definitions the interview pages show.
 */
package org.heard.application.interview;
