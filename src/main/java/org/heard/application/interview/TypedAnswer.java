package org.heard.application.interview;

/**
 * An answer as the page holds it: the text typed, whether the family declined
 * the question, the interviewer's note, and the version of the answer the page
 * last saw ({@link AnswerService#NO_ANSWER}, or null, when it saw none).
 */
public record TypedAnswer(String text, boolean declined, String note, Long expectedVersion) {}
