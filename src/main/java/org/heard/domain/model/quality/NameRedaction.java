package org.heard.domain.model.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the names recorded with an interview (the family member's and the social
 * worker's) out of the family's own words before analysts read them or they are
 * exported: every whole-word occurrence of a full name, or of any part of it of two or
 * more letters, is replaced by {@link #MARK}, whatever its case. Names are matched on
 * word boundaries that understand letters of every script, apostrophes and hyphens, so
 * "Sam" is taken out of "Sam's" but not out of "Samples".
 *
 * <p>Redaction errs on the side of taking too much: a name part that is also a common
 * word ("Will", "Hope") is taken out wherever it stands. Names the family used that
 * Heard never recorded cannot be recognised; analysts are told so.
 */
public final class NameRedaction {

    /** What a name is replaced with. */
    public static final String MARK = "[name]";

    private static final Pattern PART_SEPARATOR = Pattern.compile("[\\s\\p{Pd},.]+");
    private static final int SHORTEST_PART = 2;

    private final Pattern pattern;

    private NameRedaction(Pattern pattern) {
        this.pattern = pattern;
    }

    /** A redaction of the given names; blank or missing names are ignored. */
    public static NameRedaction of(Collection<String> names) {
        Set<String> terms = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String whole = normalise(name.strip()).replaceAll("\\s+", " ");
            if (whole.codePointCount(0, whole.length()) >= SHORTEST_PART) {
                terms.add(whole);
            }
            for (String part : PART_SEPARATOR.split(whole)) {
                if (part.codePointCount(0, part.length()) >= SHORTEST_PART) {
                    terms.add(part);
                }
            }
        }
        if (terms.isEmpty()) {
            return new NameRedaction(null);
        }
        List<String> longestFirst = new ArrayList<>(terms);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String term : longestFirst) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(term).replace(" ", "\\E\\s+\\Q"));
        }
        String boundary = "[\\p{L}\\p{M}\\p{Nd}]";
        return new NameRedaction(Pattern.compile(
                "(?<!" + boundary + ")(?:" + alternatives + ")(?!" + boundary + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** A redaction of the given names; blank or missing names are ignored. */
    public static NameRedaction of(String... names) {
        return of(java.util.Arrays.asList(names));
    }

    /** The text with every recorded name replaced by {@link #MARK}; {@code null} stays null. */
    public String redact(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        Matcher matcher = pattern.matcher(normalise(text));
        return matcher.replaceAll(Matcher.quoteReplacement(MARK));
    }

    /**
     * A stretch of a text, {@code [start, end)} in the text's own offsets: a recorded name
     * (shown as {@link #MARK}) or words between names.
     */
    public record Segment(int start, int end, boolean name) {}

    /**
     * The text cut into names and the words between them, with offsets into the text as
     * stored, so that a passage chosen in the redacted text can be mapped back to the
     * stored words and a stored passage shown redacted. Names are matched on the stored
     * text itself; the words between names are still shown through {@link #redact}, so a
     * name written in a decomposed Unicode form is never shown either.
     */
    public List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return segments;
        }
        int at = 0;
        if (pattern != null) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (matcher.start() > at) {
                    segments.add(new Segment(at, matcher.start(), false));
                }
                segments.add(new Segment(matcher.start(), matcher.end(), true));
                at = matcher.end();
            }
        }
        if (at < text.length()) {
            segments.add(new Segment(at, text.length(), false));
        }
        return segments;
    }

    /** What an analyst sees of one segment of {@code text}: the words, or {@link #MARK}. */
    public String shown(String text, Segment segment) {
        return segment.name() ? MARK : redact(text.substring(segment.start(), segment.end()));
    }

    /**
     * The passage {@code [start, end)} of the stored text as an analyst sees it: names
     * that the passage touches, even in part, are shown as {@link #MARK}.
     */
    public String excerpt(String text, int start, int end) {
        StringBuilder shown = new StringBuilder();
        for (Segment segment : segments(text)) {
            if (segment.end() <= start || segment.start() >= end) {
                continue;
            }
            if (segment.name()) {
                shown.append(MARK);
            } else {
                shown.append(redact(text.substring(Math.max(start, segment.start()), Math.min(end, segment.end()))));
            }
        }
        return shown.toString();
    }

    /** Whether the text still holds one of the names (after redaction it never does). */
    public boolean finds(String text) {
        return text != null
                && pattern != null
                && pattern.matcher(normalise(text)).find();
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
