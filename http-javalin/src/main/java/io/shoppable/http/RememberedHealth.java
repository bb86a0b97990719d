package io.shoppable.http;

import java.time.Clock;
import java.time.Duration;

/**
 * Remembers for a moment that the database was found down, so that during an outage requests are refused
 * at once with 503 instead of each waiting for the pool's connection timeout. After {@link #HOLD} the next
 * request tries the database again, so service resumes by itself once it is back.
 */
final class RememberedHealth implements HealthCheck {

    static final Duration HOLD = Duration.ofSeconds(2);

    private final HealthCheck probe;
    private final Clock clock;
    private volatile long downUntil;

    RememberedHealth(HealthCheck probe, Clock clock) {
        this.probe = probe;
        this.clock = clock;
    }

    /** Asks the database now and remembers a "down". */
    @Override
    public boolean databaseIsUp() {
        boolean up = probe.databaseIsUp();
        downUntil = up ? 0 : clock.millis() + HOLD.toMillis();
        return up;
    }

    /** Remembers a "down" found out by a failed request. */
    void markDown() {
        downUntil = clock.millis() + HOLD.toMillis();
    }

    /** True when the database was found down within the last {@link #HOLD}; never asks it. */
    boolean recentlyDown() {
        return clock.millis() < downUntil;
    }
}
