package org.heard.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "es-qa|es-qa",
                "ES-QA|es-qa",
                "'  es-qa   '|es-qa",
                "ｅｓ－ｑａ|es-qa",
                "ＥＳ－ＱＡ|es-qa",
                "straße|strasse",
                "e\u0301s-qa|és-qa"
            })
    @DisplayName("Compatibility forms, case and surrounding spaces fold to one canonical name; accents compose")
    void canonical(String typed, String expected) {
        assertEquals(Optional.of(expected), Usernames.canonical(typed));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "es-qa\u0000",
                "es\u0000-qa",
                "es-\u200Bqa",
                "es-qa\u200D",
                "\uFEFFes-qa",
                "es-qa\u00AD",
                "es\tqa",
                "es-qa\u034F",
                "es-qa\uFE0F",
                "es\u3164qa",
                "   ",
                ""
            })
    @DisplayName("Control, format and invisible characters, and blank names, are refused")
    void refused(String typed) {
        assertEquals(Optional.empty(), Usernames.canonical(typed));
    }
}
