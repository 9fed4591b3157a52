package org.heard.domain.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditTimeConverterTest {

    private final AuditTimeConverter converter = new AuditTimeConverter();

    @Test
    @DisplayName("Microseconds survive the round trip, whichever way the driver hands the value back")
    void roundTrip() {
        Instant at = Instant.parse("2026-11-22T10:15:30.123456Z");
        assertEquals("2026-11-22 10:15:30.123456", converter.convertToDatabaseColumn(at));
        assertEquals(at, converter.convertToEntityAttribute("2026-11-22 10:15:30.123456"));
        assertEquals(at, converter.convertToEntityAttribute("2026-11-22T10:15:30.123456"));
        assertEquals(
                Instant.parse("2026-11-22T10:15:30Z"), converter.convertToEntityAttribute("2026-11-22 10:15:30.0"));
        assertEquals(Instant.parse("2026-11-22T10:15:00Z"), converter.convertToEntityAttribute("2026-11-22T10:15"));
        assertEquals(
                at, converter.convertToEntityAttribute(java.time.LocalDateTime.parse("2026-11-22T10:15:30.123456")));
        assertEquals(
                at,
                converter.convertToEntityAttribute(
                        java.sql.Timestamp.valueOf(java.time.LocalDateTime.parse("2026-11-22T10:15:30.123456"))));
    }
}
