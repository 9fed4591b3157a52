package org.heard.domain.model.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.heard.domain.model.glossary.GlossaryMarker.Segment;
import org.heard.domain.model.glossary.GlossaryMarker.Term;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GlossaryMarkerTest {

    private static final long TRUST = 1;
    private static final long SOCIAL_WORK = 2;
    private static final long INVOLVEMENT = 3;
    private static final long CHILDRENS_SERVICES = 4;
    private static final long IRO = 5;
    private static final long COMPLAINT = 6;

    private final GlossaryMarker marker = new GlossaryMarker(List.of(
            new Term(TRUST, "trust", List.of("trustworthy")),
            new Term(SOCIAL_WORK, "social work", List.of()),
            new Term(INVOLVEMENT, "social work involvement", List.of()),
            new Term(CHILDRENS_SERVICES, "Children’s Services", List.of("childrens services")),
            new Term(IRO, "independent reviewing officer", List.of("IRO")),
            new Term(COMPLAINT, "complaint", List.of("complain", " ")),
            new Term(99, "C++ (test)", null)));

    /** The marked terms as "text=id" pairs, in order. */
    private List<String> marked(String text) {
        return marker.mark(text).stream()
                .filter(Segment::isTerm)
                .map(s -> s.text() + "=" + s.termId())
                .toList();
    }

    private String joined(String text) {
        return marker.mark(text).stream().map(Segment::text).collect(Collectors.joining());
    }

    @Test
    @DisplayName("Case-insensitive, whole words only")
    void wholeWords() {
        assertEquals(List.of("Trust=1", "TRUST=1"), marked("Trust. Distrust, trustee, (TRUST)"));
    }

    @Test
    @DisplayName("Simple inflections of the last word count as the term")
    void inflections() {
        assertEquals(
                List.of("trusting=1", "trusts=1", "trusted=1", "complaints=6", "complained=6"),
                marked("trusting trusts trusted; complaints were complained"));
        assertEquals(List.of("trustworthy=1"), marked("a trustworthy worker"));
    }

    @Test
    @DisplayName("The longest form wins where terms overlap, and matches never overlap")
    void longestFirst() {
        assertEquals(
                List.of("social work involvement=3", "social work=2"),
                marked("Your social work involvement, and social work in general"));
    }

    @Test
    @DisplayName("Multi-word terms match across any white space, including line breaks")
    void whitespace() {
        assertEquals(
                List.of("independent\nreviewing  officer=5", "IRO=5"),
                marked("the independent\nreviewing  officer (IRO)"));
    }

    @Test
    @DisplayName("Straight and curly apostrophes are the same; hyphens are not spaces")
    void apostrophes() {
        assertEquals(
                List.of("Children's Services=4", "Children’s Services=4", "childrens services=4"),
                marked("Children's Services, Children’s Services and childrens services"));
        assertEquals(List.of(), marked("social-work"));
    }

    @Test
    @DisplayName("Everything else is returned untouched, markup and unusual characters included")
    void untouched() {
        String hostile = "<script>alert('trust')</script> & \"quotes\" \u202Eevil\u202C zero\u200Bwidth 😀 trust😀";
        assertEquals(hostile, joined(hostile));
        List<Segment> segments = marker.mark(hostile);
        assertTrue(segments.stream().noneMatch(s -> s.isTerm() && s.text().contains("<")));
        assertEquals(List.of("trust=1", "trust=1"), marked(hostile));
    }

    @Test
    @DisplayName("Regular-expression characters in terms are literal; blank forms are ignored")
    void literalTerms() {
        assertEquals(List.of("C++ (test)=99"), marked("We use C++ (test) here."));
        assertEquals(List.of(), marked("   "));
    }

    @Test
    @DisplayName("Null and empty text give no segments; text without terms is one segment")
    void edges() {
        assertEquals(List.of(), marker.mark(null));
        assertEquals(List.of(), marker.mark(""));
        assertEquals(List.of(new Segment("Nothing here.", null)), marker.mark("Nothing here."));
        assertEquals(List.of(new Segment("Anything", null)), new GlossaryMarker(List.of()).mark("Anything"));
    }

    @Test
    @DisplayName("A long text with many terms is marked correctly")
    void longText() {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            terms.add(new Term(i, "term" + (char) ('a' + i), List.of()));
        }
        GlossaryMarker many = new GlossaryMarker(terms);
        StringBuilder text = new StringBuilder();
        int expected = 0;
        while (text.length() < 20_000) {
            text.append("Some words about ")
                    .append("term")
                    .append((char) ('a' + expected % 20))
                    .append(". ");
            expected++;
        }
        List<Segment> segments = many.mark(text.toString());
        assertEquals(expected, segments.stream().filter(Segment::isTerm).count());
        assertEquals(text.toString(), segments.stream().map(Segment::text).collect(Collectors.joining()));
    }
}
