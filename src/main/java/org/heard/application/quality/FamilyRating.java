package org.heard.application.quality;

/** One rating (1–5) given in one interview, by the statement's question number and position. */
public record FamilyRating(long interviewId, int questionNumber, int position, int value) {}
