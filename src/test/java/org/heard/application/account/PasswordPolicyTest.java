package org.heard.application.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.heard.domain.shared.InterviewRuleException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private String refusal(String password, String confirmation) {
        return assertThrows(
                        InterviewRuleException.class,
                        () -> policy.check(password, confirmation, "jo.bloggs@example.org", "Jo Bloggs"))
                .getMessageKey();
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @DisplayName("Weak passwords are refused with the reason")
    @CsvSource({
        "short-one, password.error.too-short",
        "password1234, password.error.common",
        "Password123456, password.error.common",
        "p@ssw0rd12345, password.error.common",
        "qwertyuiop123, password.error.common",
        "bloggs-lantern-violet, password.error.personal",
        "aaaaaaaaaaaaaaaa, password.error.guessable",
        "123456789012, password.error.common",
        "correcthorsebatterystaple, password.error.common",
        "CorrectHorseBatteryStaple, password.error.common"
    })
    void weak(String password, String reason) {
        assertEquals(reason, refusal(password, password));
    }

    @ParameterizedTest(name = "{0} is accepted")
    @DisplayName("Long, unusual passwords are accepted, in any script")
    @CsvSource({"Violet-tram-Orchid-47-lantern", "kettle marmalade 9 gannet", "çalışkan-ördek-ağaç-17"})
    void strong(String password) {
        assertDoesNotThrow(() -> policy.check(password, password, "jo.bloggs@example.org", "Jo Bloggs"));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("The two entries must match; empty and over-long passwords are refused")
    void otherRefusals() {
        assertEquals("password.error.mismatch", refusal("Violet-tram-Orchid-47", "Violet-tram-Orchid-48"));
        assertEquals("password.error.required", refusal("", ""));
        String huge = "x".repeat(PasswordPolicy.MAX_LENGTH + 1);
        assertEquals("password.error.too-long", refusal(huge, huge));
    }

    @org.junit.jupiter.api.Test
    @DisplayName("A refusal names the entry it concerns: the confirmation when they differ, else the chosen password")
    void refusalsNameTheirEntry() {
        assertEquals("confirmation", field("Violet-tram-Orchid-47", "Violet-tram-Orchid-48"));
        assertEquals("chosen", field("", ""));
        assertEquals("chosen", field("short-one", "short-one"));
        assertEquals("chosen", field("password1234", "password1234"));
    }

    private String field(String password, String confirmation) {
        return assertThrows(
                        InterviewRuleException.class,
                        () -> policy.check(password, confirmation, "jo.bloggs@example.org", "Jo Bloggs"))
                .getField();
    }
}
