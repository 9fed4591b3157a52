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
