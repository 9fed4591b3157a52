package org.heard.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JpaConsentRegisterQueryTest {

    @Test
    @DisplayName("LIKE wildcards and the escape character in a reference filter match only themselves")
    void escapesLikePatterns() {
        assertEquals("BH-2026", JpaConsentRegisterQuery.escapeLike("BH-2026"));
        assertEquals("!%", JpaConsentRegisterQuery.escapeLike("%"));
        assertEquals("!_", JpaConsentRegisterQuery.escapeLike("_"));
        assertEquals("!!!%", JpaConsentRegisterQuery.escapeLike("!%"));
        assertEquals("' OR '1'='1", JpaConsentRegisterQuery.escapeLike("' OR '1'='1"));
    }
}
