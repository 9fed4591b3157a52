package org.heard.domain.model.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds glossary terms in text. Matching is case-insensitive and on whole words
 * only; the longest form wins where terms overlap ("social work involvement"
 * before "social work"); every form also matches its simple inflections of the
 * last word (+s, +es, +ing, +ed, +'s, so "trusting" is "trust"); words may be
 * separated by any white space; straight and curly apostrophes are equal. The
 * marker never produces markup: it returns the text as plain segments, and the
 * page escapes them. Immutable and thread-safe once built.
 */
public final class GlossaryMarker {

    /** A term to find: its id, its main form and explicit variants (e.g. "trustworthy"). */
    public record Term(long id, String term, List<String> variants) {}

    /** A piece of the text: plain text (termId null) or an occurrence of a term; text is the original characters. */
    public record Segment(String text, Long termId) {
        public boolean isTerm() {
            return termId != null;
        }
    }

    private static final String INFLECTIONS = "(?:s|es|ing|ed|['’]s)?";

    private final Pattern pattern;
    private final Map<String, Long> termByGroup = new HashMap<>();

    public GlossaryMarker(Collection<Term> terms) {
        Map<String, Long> forms = new HashMap<>();
        for (Term term : terms) {
            add(forms, term.term(), term.id());
            if (term.variants() != null) {
                term.variants().forEach(variant -> add(forms, variant, term.id()));
            }
        }
        if (forms.isEmpty()) {
            pattern = null;
            return;
        }
        List<String> ordered = forms.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        StringBuilder alternation = new StringBuilder();
        for (int i = 0; i < ordered.size(); i++) {
            String group = "t" + i;
            termByGroup.put(group, forms.get(ordered.get(i)));
            if (i > 0) {
                alternation.append('|');
            }
            alternation
                    .append("(?<")
                    .append(group)
                    .append('>')
                    .append(regex(ordered.get(i)))
                    .append(')');
        }
        pattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static void add(Map<String, Long> forms, String form, long id) {
        if (form == null || form.isBlank()) {
            return;
        }
        String normal = form.strip().replaceAll("\\s+", " ").replace('’', '\'').toLowerCase(Locale.ROOT);
        forms.putIfAbsent(normal, id);
    }

    /** A form as a regular expression: literal words, flexible spaces and apostrophes, inflected last word. */
    private static String regex(String form) {
        String[] words = form.split(" ");
        return java.util.Arrays.stream(words).map(GlossaryMarker::word).collect(Collectors.joining("\\s+"))
                + INFLECTIONS;
    }

    private static String word(String word) {
        StringBuilder regex = new StringBuilder();
        for (String piece : word.split("'", -1)) {
            if (regex.length() > 0) {
                regex.append("['’]");
            }
            if (!piece.isEmpty()) {
                regex.append(Pattern.quote(piece));
            }
        }
        return regex.toString();
    }

    /** The text as segments; concatenated, they give back the text exactly. Null or empty text: no segments. */
    public List<Segment> mark(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Segment> segments = new ArrayList<>();
        if (pattern == null) {
            segments.add(new Segment(text, null));
            return segments;
        }
        Matcher matcher = pattern.matcher(text);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                segments.add(new Segment(text.substring(last, matcher.start()), null));
            }
            segments.add(new Segment(matcher.group(), termOf(matcher)));
            last = matcher.end();
        }
        if (last < text.length()) {
            segments.add(new Segment(text.substring(last), null));
        }
        return segments;
    }

    private Long termOf(Matcher matcher) {
        for (Map.Entry<String, Long> group : termByGroup.entrySet()) {
            if (matcher.group(group.getKey()) != null) {
                return group.getValue();
            }
        }
        throw new IllegalStateException("A match without a term");
    }
}
