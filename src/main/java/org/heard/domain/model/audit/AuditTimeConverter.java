package org.heard.domain.model.audit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Stores an audit event's time as UTC text with microseconds, which the
 * {@code DATETIME(6)} column parses exactly. An event's seal covers its time to
 * the microsecond, so the time must come back exactly as sealed on every
 * supported server; Connector/J drops fractional seconds of date-time values
 * bound as such when the server reports a version below 5.6.4, as MariaDB 10.x
 * does ({@code 5.5.5-10.11…}), but it keeps text as given.
 */
@Converter
public class AuditTimeConverter implements AttributeConverter<Instant, Object> {

    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter();

    /** Text, so that the driver passes the microseconds on unchanged. */
    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : WRITE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Whatever the driver reads the column as: a date-time object, or text. */
    @Override
    public Instant convertToEntityAttribute(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(value.toString().strip(), READ).toInstant(ZoneOffset.UTC);
    }
}
