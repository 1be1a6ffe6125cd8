package cn.qinqing.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The application limit counts per address over a sliding hour. */
class ApplicationRateLimitTests {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void afterTheLimitAnAddressWaitsAnHourWhileOthersGoOn() {
        var clock = new ManualClock();
        var limit = new ApplicationRateLimit(3, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.admit("10.0.0.1")).isTrue();
            limit.applied("10.0.0.1");
            clock.now = clock.now.plus(Duration.ofMinutes(10));
        }

        assertThat(limit.admit("10.0.0.1")).isFalse();
        assertThat(limit.admit("10.0.0.2")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertThat(limit.admit("10.0.0.1")).as("the first application is over an hour old").isTrue();
    }

    @Test
    void failedSubmissionsAreLimitedTooButMoreGenerously() {
        var clock = new ManualClock();
        var limit = new ApplicationRateLimit(2, clock);
        for (int i = 0; i < 12; i++) {
            assertThat(limit.admit("10.0.0.3")).as("submission " + (i + 1)).isTrue();
        }

        assertThat(limit.admit("10.0.0.3")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertThat(limit.admit("10.0.0.3")).isTrue();
    }
}
