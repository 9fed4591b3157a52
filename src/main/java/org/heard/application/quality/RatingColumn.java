package org.heard.application.quality;

/** A rating statement as a column of a report: its question, its position and its text. */
public record RatingColumn(int questionNumber, int position, String text) {}
