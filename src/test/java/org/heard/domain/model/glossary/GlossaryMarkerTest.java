package org.heard.domain.model.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.heard.domain.model.glossary.GlossaryMarker.Segment;
import org.heard.domain.model.glossary.GlossaryMarker.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GlossaryMarkerTest {

    private static final long TRUST = 1;
    private static final long SOCIAL_WORK = 2;
    private static final long INVOLVEMENT = 3;
    private static final long SOCIAL_WORKER = 4;
    private static final long CHILDRENS_SERVICES = 5;
    private static final long IRO = 6;
    private static final long COMPLAINT = 7;
    private static final long SELF_HARM = 8;
    private static final long ECOLE = 9;
    private static final long CPP = 10;

    private final GlossaryMarker marker = new GlossaryMarker(List.of(
            new Term(TRUST, "trust", List.of("trustworthy")),
            new Term(SOCIAL_WORK, "social work", List.of()),
            new Term(INVOLVEMENT, "social work involvement", List.of()),
            new Term(SOCIAL_WORKER, "social worker", List.of()),
            new Term(CHILDRENS_SERVICES, "Children's Services", List.of()),
            new Term(IRO, "independent reviewing officer", List.of("IRO")),
            new Term(COMPLAINT, "complaint", List.of("complain")),
            new Term(SELF_HARM, "self-harm", List.of()),
            new Term(ECOLE, "École", List.of()),
            new Term(CPP, "C++ (test)", null)));

    /** The marked terms as "text=id" pairs, in order, after checking the segments give back the text. */
    private static List<String> marked(GlossaryMarker marker, String text) {
        List<Segment> segments = assertExact(marker, text);
        return segments.stream()
                .filter(Segment::isTerm)
                .map(s -> s.text() + "=" + s.termId())
                .toList();
    }

    private List<String> marked(String text) {
        return marked(marker, text);
    }

    /** The segments concatenate to the text, none is empty, and no two plain segments are adjacent. */
    private static List<Segment> assertExact(GlossaryMarker marker, String text) {
        List<Segment> segments = marker.mark(text);
        assertEquals(text, segments.stream().map(Segment::text).collect(Collectors.joining()));
        for (int i = 0; i < segments.size(); i++) {
            assertFalse(segments.get(i).text().isEmpty(), "empty segment");
            if (i > 0) {
                assertFalse(!segments.get(i).isTerm() && !segments.get(i - 1).isTerm(), "adjacent plain segments");
            }
        }
        return segments;
    }

    @Test
    @DisplayName("Terms are found whatever their case, including letters beyond ASCII")
    void caseInsensitive() {
        assertEquals(
                List.of("Trust=1", "TRUST=1", "tRuSt=1", "SOCIAL WORK=2"),
                marked("Trust, TRUST and tRuSt. SOCIAL WORK."));
        assertEquals(List.of("école=9", "ÉCOLE=9"), marked("une école, UNE ÉCOLE"));
    }

    @Test
    @DisplayName("Only whole words are found: never inside another word or next to a digit")
    void wholeWords() {
        assertEquals(List.of(), marked("distrust mistrusting entrusted trustee trusty trust2 2trust"));
        assertEquals(
                List.of("Trust=1", "trust=1", "trust=1", "trust=1", "trust=1", "trust=1"),
                marked("Trust. (trust) \"trust\" “trust” trust-based, trust_"));
    }

    @Test
    @DisplayName("Letters outside the basic plane and combining accents count as part of a word")
    void wholeWordsBeyondBasicPlane() {
        assertEquals(List.of(), marked("\uD835\uDC00trust trust\uD835\uDC00 trust\uD835\uDFCE"));
        assertEquals(List.of("trust=1", "trust=1"), marked("😀trust😀 \uD835\uDC00 trust"));
        GlossaryMarker cafe = new GlossaryMarker(List.of(new Term(1, "cafe", List.of())));
        assertEquals(List.of(), marked(cafe, "cafe\u0301"));
        assertEquals(List.of("cafe=1"), marked(cafe, "cafe!"));
    }

    @Test
    @DisplayName("The longest form wins where terms overlap")
    void longestFirst() {
        assertEquals(
                List.of("social work involvement=3", "social worker=4", "social work=2"),
                marked("Your social work involvement, your social worker and social work in general"));
        assertEquals(
                List.of("social workers=4", "social working=2", "social work involvements=3"),
                marked("social workers, social working, social work involvements"));
        assertEquals(List.of("social work=2"), marked("social work involvementx"));
    }

    @Test
    @DisplayName("Scanning is leftmost-first and matches never overlap")
    void leftmostFirst() {
        GlossaryMarker overlapping = new GlossaryMarker(
                List.of(new Term(1, "social work", List.of()), new Term(2, "work involvement", List.of())));
        assertEquals(List.of("social work=1"), marked(overlapping, "social work involvement"));
        assertEquals(List.of("work involvement=2"), marked(overlapping, "your work involvement"));
    }

    @Test
    @DisplayName("Simple inflections of the last word count as the term")
    void inflections() {
        assertEquals(
                List.of("trusting=1", "trusts=1", "trusted=1", "trust's=1", "trust’s=1"),
                marked("trusting trusts trusted trust's trust’s"));
        assertEquals(
                List.of("complaints=7", "complained=7", "complaining=7", "Complaintes=7"),
                marked("complaints were complained, complaining. Complaintes"));
        assertEquals(List.of("independent reviewing officers=6"), marked("independent reviewing officers"));
        assertEquals(List.of(), marked("socials work, independents reviewing officer, trustful, trustings"));
    }

    @Test
    @DisplayName("Explicit variants are found as the term")
    void variants() {
        assertEquals(List.of("trustworthy=1", "IRO=6", "iros=6"), marked("a trustworthy IRO; the iros"));
    }

    @Test
    @DisplayName("Multi-word terms match across any white space, including line breaks")
    void whitespace() {
        assertEquals(
                List.of("independent\nreviewing  officer=6", "independent\r\n\treviewing\u00A0officer=6"),
                marked("the independent\nreviewing  officer and the independent\r\n\treviewing\u00A0officer"));
        assertEquals(List.of(), marked("independentreviewing officer, independent\u200Breviewing officer"));
        GlossaryMarker spaced = new GlossaryMarker(List.of(new Term(1, "  social \n  work ", List.of())));
        assertEquals(List.of("social work=1"), marked(spaced, "social work"));
    }

    @Test
    @DisplayName("Straight and curly apostrophes are the same")
    void apostrophes() {
        assertEquals(
                List.of("Children's Services=5", "Children’s Services=5"),
                marked("Children's Services and Children’s Services"));
        GlossaryMarker curly = new GlossaryMarker(List.of(new Term(1, "Children’s Services", List.of())));
        assertEquals(
                List.of("Children's Services=1", "children’s services=1"),
                marked(curly, "Children's Services and children’s services"));
    }

    @Test
    @DisplayName("A hyphen is not a space")
    void hyphens() {
        assertEquals(List.of(), marked("social-work self harm"));
        assertEquals(List.of("self-harm=8", "Self-Harming=8"), marked("self-harm and Self-Harming"));
    }

    @Test
    @DisplayName("Markup, quotes, direction overrides, zero-width characters and emoji come back untouched")
    void untouched() {
        List<String> texts = List.of(
                "<script>alert('trust')</script>",
                "&amp; & \"trust\" ' \\",
                "\u202Eevil trust\u202C \u200F\u200E",
                "zero\u200Bwidth\u200C\u200D\uFEFFtrust",
                "😀 trust👨‍👩‍👧 🏳️‍🌈trust",
                "lone \uD800 surrogate \uDC00 trust \u0000 nul\r\n",
                "<b>social\nwork</b>");
        for (String text : texts) {
            assertExact(marker, text);
        }
        assertEquals(List.of("trust=1"), marked("<script>alert('trust')</script>"));
        assertEquals(List.of("trust=1"), marked("\u202Eevil trust\u202C"));
        assertEquals(List.of("trust=1", "trust=1"), marked("😀 trust👨‍👩‍👧 🏳️‍🌈trust"));
        assertEquals(List.of("social\nwork=2"), marked("<b>social\nwork</b>"));
    }

    @Test
    @DisplayName("Regular-expression characters in terms are taken literally")
    void literalTerms() {
        assertEquals(List.of("C++ (test)=10", "c++  (TEST)=10"), marked("We use C++ (test) and c++  (TEST)."));
        GlossaryMarker special = new GlossaryMarker(List.of(
                new Term(1, "a.b", List.of()), new Term(2, "x\\E|y", List.of()), new Term(3, "[$1]", List.of())));
        assertEquals(List.of("a.b=1", "x\\E|y=2", "[$1]=3"), marked(special, "axb a.b x\\E|y y [$1] $1"));
    }

    @Test
    @DisplayName("Empty and blank forms are ignored")
    void blankForms() {
        GlossaryMarker blank = new GlossaryMarker(Arrays.asList(
                new Term(1, "", Arrays.asList(" ", "\u00A0", null, "\n\t")), new Term(2, null, null), null));
        assertEquals(List.of(new Segment("  a b ", null)), blank.mark("  a b "));
        GlossaryMarker mixed = new GlossaryMarker(List.of(new Term(1, "  ", List.of("trust"))));
        assertEquals(List.of("trust=1"), marked(mixed, "  trust  "));
    }

    @Test
    @DisplayName("A main form beats another term's variant, and otherwise the first term given wins")
    void sharedForms() {
        GlossaryMarker shared = new GlossaryMarker(List.of(
                new Term(1, "confidence", List.of("Trust")),
                new Term(2, "trust", List.of()),
                new Term(3, "TRUST", List.of()),
                new Term(4, "belief", List.of("faith")),
                new Term(5, "hope", List.of("faith"))));
        assertEquals(List.of("trust=2", "faith=4"), marked(shared, "trust and faith"));
    }

    @Test
    @DisplayName("Null and empty text give no segments; text without terms is one segment")
    void edges() {
        assertEquals(List.of(), marker.mark(null));
        assertEquals(List.of(), marker.mark(""));
        assertEquals(List.of(new Segment("Nothing here.", null)), marker.mark("Nothing here."));
        assertEquals(List.of(new Segment("Anything", null)), new GlossaryMarker(List.of()).mark("Anything"));
        assertEquals(List.of(new Segment("trust", TRUST), new Segment(" me", null)), marker.mark("trust me"));
        assertFalse(new Segment("x", null).isTerm());
        assertThrows(UnsupportedOperationException.class, () -> marker.mark("trust me")
                .add(new Segment("x", null)));
    }

    @Test
    @DisplayName("A 20,000-character text with 20 terms is marked correctly")
    void longText() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            terms.add(new Term(i, "term " + (char) ('a' + i), List.of("t" + i)));
        }
        GlossaryMarker many = new GlossaryMarker(terms);
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int n = 0; text.length() < 20_000; n++) {
            int i = n % 20;
            char letter = (char) ('a' + i);
            String occurrence = n % 3 == 0 ? "t" + i : n % 3 == 1 ? "Term\n" + letter : "term " + letter + "s";
            text.append("Some words, not terms (termination, t")
                    .append(i)
                    .append("x), about ")
                    .append(occurrence)
                    .append(". ");
            expected.add(occurrence + "=" + i);
        }
        assertEquals(expected, marked(many, text.toString()));
    }

    @Test
    @DisplayName("One marker can be used by many threads at once")
    void threadSafe() {
        String text = "Trust your social worker; complaints go to the IRO. ".repeat(50);
        List<String> once = marked(text);
        List<List<String>> parallel =
                IntStream.range(0, 64).parallel().mapToObj(i -> marked(text)).toList();
        parallel.forEach(result -> assertEquals(once, result));
    }
}
