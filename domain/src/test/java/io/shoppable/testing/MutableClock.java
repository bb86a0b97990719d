package io.shoppable.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test sets or advances it. Starts at {@link #T0}, a fixed instant
 * with whole seconds, so that what a test stores reads back exactly from a microsecond database column.
 */
public final class MutableClock extends Clock {

    /** The moment tests start at unless they say otherwise. */
    public static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");

    private volatile Instant now;

    private MutableClock(Instant now) {
        this.now = now;
    }

    /** A clock standing at {@link #T0}. */
    public static MutableClock atT0() {
        return new MutableClock(T0);
    }

    /** A clock standing at {@code instant}. */
    public static MutableClock at(Instant instant) {
        return new MutableClock(instant);
    }

    /** Moves the clock to {@code instant}. */
    public void set(Instant instant) {
        now = instant;
    }

    /** Moves the clock forward by {@code duration} and returns the new instant. */
    public Instant advance(Duration duration) {
        now = now.plus(duration);
        return now;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // Tests reason in instants only, so the zone makes no difference to what the clock reports.
        return this;
    }
}
