package org.heard.domain.model.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds glossary terms in text, so that a page can offer their definitions. The rules:
 *
 * <ul>
 *   <li>Matching ignores case (Unicode-aware) and finds whole words only: a match is never preceded or followed by a
 *       letter, combining mark or digit, so "trust" is found in "Trust." and "(trust)" but not in "distrust".
 *   <li>Each form (a term's main form and its explicit variants) also matches simple inflections of its last word:
 *       +s, +es, +ing, +ed and +'s ("trusting", "trusts", "trusted" are "trust").
 *   <li>The words of a form match across any run of white space, line breaks included; straight and curly
 *       apostrophes are equal; a hyphen is not a space. Blank forms are ignored, and characters that mean something
 *       in regular expressions are taken literally.
 *   <li>Scanning is leftmost-first; at each position the longest matching form wins ("social work involvement"
 *       before "social work"), and matches never overlap. Where two terms share a form, a main form beats a
 *       variant, and otherwise the term given first wins.
 * </ul>
 *
 * <p>The marker never produces markup: it splits the text into plain segments whose concatenation is exactly the
 * text, and the page escapes them. All forms are compiled into one pattern, built once; the marker is immutable and
 * thread-safe.
 */
public final class GlossaryMarker {

    /** A term to find: its id, its main form and explicit variants (e.g. "trustworthy"). */
    public record Term(long id, String term, List<String> variants) {}

    /**
     * A piece of the text: plain text (termId null) or an occurrence of a term. text is exactly the original
     * characters.
     */
    public record Segment(String text, Long termId) {
        public boolean isTerm() {
            return termId != null;
        }
    }

    private static final String WORD_CHARACTER = "[\\p{L}\\p{M}\\p{N}]";
    private static final String SPACE = "\\p{IsWhite_Space}+";
    private static final String APOSTROPHE = "['\u2019]";
    private static final String INFLECTION = "(?:s|es|ing|ed|" + APOSTROPHE + "s)?";
    private static final Pattern WORD_SEPARATOR = Pattern.compile(SPACE);

    /** Null when there is nothing to find. */
    private final Pattern pattern;

    /** The term of each capturing group: group i + 1 is a form of term termIds[i]. */
    private final long[] termIds;

    public GlossaryMarker(Collection<Term> terms) {
        Objects.requireNonNull(terms, "terms");
        Map<String, Form> forms = new LinkedHashMap<>();
        for (Term term : terms) {
            if (term != null) {
                add(forms, term.term(), term.id());
            }
        }
        for (Term term : terms) {
            if (term != null && term.variants() != null) {
                term.variants().forEach(variant -> add(forms, variant, term.id()));
            }
        }
        List<Form> ordered = forms.values().stream()
                .sorted(Comparator.comparingInt((Form form) -> form.text().length())
                        .reversed())
                .toList();
        termIds = new long[ordered.size()];
        StringBuilder alternation = new StringBuilder();
        for (int i = 0; i < ordered.size(); i++) {
            termIds[i] = ordered.get(i).termId();
            alternation
                    .append(i == 0 ? "(" : "|(")
                    .append(regex(ordered.get(i)))
                    .append(')');
        }
        pattern = ordered.isEmpty()
                ? null
                : Pattern.compile(
                        "(?<!" + WORD_CHARACTER + ")(?:" + alternation + ")(?!" + WORD_CHARACTER + ")",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A form as written (single spaces, straight apostrophes) and the term it belongs to. */
    private record Form(String text, List<String> words, long termId) {}

    private static void add(Map<String, Form> forms, String form, long termId) {
        if (form == null) {
            return;
        }
        List<String> words = Arrays.stream(WORD_SEPARATOR.split(form.replace('\u2019', '\'')))
                .filter(word -> !word.isEmpty())
                .toList();
        if (words.isEmpty()) {
            return;
        }
        String text = String.join(" ", words);
        forms.putIfAbsent(text.toLowerCase(Locale.ROOT), new Form(text, words, termId));
    }

    /** Literal words, flexible white space and apostrophes, and simple inflections after a final letter. */
    private static String regex(Form form) {
        StringBuilder regex = new StringBuilder();
        for (String word : form.words()) {
            if (regex.length() > 0) {
                regex.append(SPACE);
            }
            String[] pieces = word.split("'", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    regex.append(APOSTROPHE);
                }
                if (!pieces[i].isEmpty()) {
                    regex.append(Pattern.quote(pieces[i]));
                }
            }
        }
        String text = form.text();
        if (Character.isLetter(text.codePointBefore(text.length()))) {
            regex.append(INFLECTION);
        }
        return regex.toString();
    }

    /** The text as segments; concatenated, they give back the text exactly. Null or empty text: no segments. */
    public List<Segment> mark(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (pattern == null) {
            return List.of(new Segment(text, null));
        }
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int last = 0;
        boolean found = matcher.find();
        while (found) {
            int start = matcher.start();
            if (start > 0 && isWordCharacter(text.codePointBefore(start))) {
                // The look-behind sees one char only: a letter outside the BMP before the match is caught here.
                found = matcher.find(start + 1);
                continue;
            }
            if (start > last) {
                segments.add(new Segment(text.substring(last, start), null));
            }
            segments.add(new Segment(matcher.group(), termOf(matcher)));
            last = matcher.end();
            found = matcher.find();
        }
        if (last < text.length()) {
            segments.add(new Segment(text.substring(last), null));
        }
        return Collections.unmodifiableList(segments);
    }

    private Long termOf(Matcher matcher) {
        for (int group = 1; group <= termIds.length; group++) {
            if (matcher.start(group) >= 0) {
                return termIds[group - 1];
            }
        }
        throw new IllegalStateException("A match without a term");
    }

    /** A letter, combining mark or digit (\p{L}, \p{M}, \p{N}). */
    private static boolean isWordCharacter(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
