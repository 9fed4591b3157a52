package org.heard.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The per-account sign-in lockout holds whatever spelling of the user name is typed: the name is brought to one
 * canonical form before the look-up and the throttle, and failures count against the account it resolves to.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInLockoutIT {

    private static final int MAX_FAILURES = 5;

    private static TestData.Org organisation;

    @ArquillianResource
    private URL deployed;

    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.heard();
    }

    @BeforeAll
    static void arrange() {
        organisation = TestData.organisation("Lockout test");
    }

    @BeforeEach
    void onLoopback() {
        base = Deployments.loopback(deployed);
    }

    /** Other spellings of the same name: the database's comparison finds the account under each of them. */
    static Stream<Arguments> spellings() {
        return Stream.of(
                Arguments.of("full-width", fullWidth()),
                Arguments.of("upper case", (UnaryOperator<String>) name -> name.toUpperCase(Locale.ROOT)),
                Arguments.of("trailing spaces", (UnaryOperator<String>) name -> name + "   "),
                Arguments.of("combining mark", (UnaryOperator<String>)
                        name -> name.charAt(0) + "\u0301" + name.substring(1)));
    }

    /** Names holding characters that cannot be seen: refused before any look-up. */
    static Stream<Arguments> invisible() {
        return Stream.of(
                Arguments.of("NUL characters", (UnaryOperator<String>) name -> name + "\u0000\u0000"),
                Arguments.of("a zero-width space", (UnaryOperator<String>)
                        name -> name.substring(0, 3) + "\u200B" + name.substring(3)),
                Arguments.of("a zero-width joiner", (UnaryOperator<String>) name -> name + "\u200D"),
                Arguments.of("a byte-order mark", (UnaryOperator<String>) name -> "\uFEFF" + name));
    }

    static Stream<Arguments> every() {
        return Stream.concat(spellings(), invisible());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("every")
    @DisplayName("Once an account is locked, no spelling of its name signs in with the right password")
    void lockedUnderEverySpelling(String what, UnaryOperator<String> spell) throws Exception {
        TestData.Staff staff = TestData.staff(organisation, "Locked " + what, null, "ADMIN");
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertFalse(signIn(staff.username(), "wrong-" + i), "a wrong password never signs in");
        }

        assertFalse(signIn(spell.apply(staff.username()), staff.password()), what + " must not bypass the lock");
        assertFalse(signIn(staff.username(), staff.password()), "the account itself stays locked");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    @DisplayName("Failures typed under another spelling count against the account the name resolves to")
    void failuresCountAgainstTheAccount(String what, UnaryOperator<String> spell) throws Exception {
        TestData.Staff staff = TestData.staff(organisation, "Counted " + what, null, "ADMIN");
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertFalse(signIn(spell.apply(staff.username()), "wrong-" + i));
        }

        assertFalse(signIn(staff.username(), staff.password()), "failures under " + what + " locked the account");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invisible")
    @DisplayName("A name holding a control or invisible character never signs in, even with the right password")
    void invisibleCharactersRefused(String what, UnaryOperator<String> spell) throws Exception {
        TestData.Staff staff = TestData.staff(organisation, "Refused " + what, null, "ADMIN");

        assertFalse(signIn(spell.apply(staff.username()), staff.password()), "a name with " + what + " is refused");
        assertTrue(signIn(staff.username(), staff.password()), "the account itself is not locked by it");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    @DisplayName("Full-width letters, case and surrounding spaces name the same account; a changed letter does not")
    void sameAccountUnderCompatibleSpellings(String what, UnaryOperator<String> spell) throws Exception {
        TestData.Staff staff = TestData.staff(organisation, "Spelled " + what, null, "ADMIN");

        assertEquals(
                !what.equals("combining mark"),
                signIn(spell.apply(staff.username()), staff.password()),
                what + ": only spellings with the same canonical form sign in");
    }

    private static UnaryOperator<String> fullWidth() {
        return name -> name.chars()
                .map(c -> c > 0x20 && c < 0x7F ? c + 0xFEE0 : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private boolean signIn(String username, String password) throws Exception {
        return new FormClient(base).signIn(username, password);
    }
}
