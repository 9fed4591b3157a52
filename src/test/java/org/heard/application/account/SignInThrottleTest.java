package org.heard.application.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(3, 10, 15, clock);

    @Test
    @DisplayName("An account's key is throttled after the configured number of failures, from any address")
    void perUsername() {
        for (int i = 0; i < 2; i++) {
            throttle.recordFailure("account:7", "10.0.0.1");
        }
        assertFalse(throttle.isThrottled("account:7", "10.0.0.2"));
        throttle.recordFailure("account:7", "10.0.0.3");
        assertTrue(throttle.isThrottled("account:7", "10.0.0.9"));
        assertFalse(throttle.isThrottled("account:8", "10.0.0.9"));
    }

    @Test
    @DisplayName("A name that can never sign in (no key) counts against its address only, never against other names")
    void refusedNamesCountPerAddressOnly() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure(null, "10.0.0.1");
        }
        assertFalse(throttle.isThrottled(null, "10.0.0.2"), "refused names share no counter across addresses");
        assertFalse(throttle.isThrottled("account:7", "10.0.0.2"));
        assertFalse(throttle.isThrottled(null, "10.0.0.1"), "nine failures are under the address's ten");
        throttle.recordFailure(null, "10.0.0.1");
        assertTrue(throttle.isThrottled(null, "10.0.0.1"), "the address's own limit still holds");
        assertTrue(throttle.isThrottled("account:7", "10.0.0.1"));
    }

    @Test
    @DisplayName("The lock lifts when the window has passed since the last failure")
    void windowExpires() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("ada", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15));
        assertTrue(throttle.isThrottled("ada", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(throttle.isThrottled("ada", "10.0.0.1"));
    }

    @Test
    @DisplayName("Many user names from one address throttle that address")
    void perAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("user" + i, "10.9.9.9");
        }
        assertTrue(throttle.isThrottled("someone-new", "10.9.9.9"));
        assertFalse(throttle.isThrottled("someone-new", "10.1.1.1"));
    }

    @Test
    @DisplayName("A successful sign-in clears the user name's failures; null input is handled")
    void successClears() {
        throttle.recordFailure("ada", "10.0.0.1");
        throttle.recordFailure("ada", "10.0.0.1");
        throttle.recordSuccess("ada");
        throttle.recordFailure("ada", "10.0.0.1");
        assertFalse(throttle.isThrottled("ada", "10.0.0.1"));
        throttle.recordFailure(null, null);
        assertFalse(throttle.isThrottled(null, null));
    }
}
