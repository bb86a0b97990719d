package io.shoppable.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Token buckets for writes (POST, PUT, PATCH, DELETE): one per member and one per client address.
 * Reads are never limited. Each bucket holds {@code burst} tokens and gains {@code perMinute} a minute.
 *
 * @param enabled        false turns both limits off
 * @param userPerMinute  writes a member may make a minute, sustained
 * @param userBurst      writes a member may make at once
 * @param ipPerMinute    writes one address may make a minute, sustained (members behind it included)
 * @param ipBurst        writes one address may make at once
 * @param forgetAfter    idle time after which a full bucket is dropped from memory
 */
public record RateLimits(boolean enabled, int userPerMinute, int userBurst, int ipPerMinute, int ipBurst,
                         Duration forgetAfter) {

    public RateLimits {
        if (userPerMinute < 1 || userBurst < 1 || ipPerMinute < 1 || ipBurst < 1) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
        Objects.requireNonNull(forgetAfter, "forgetAfter");
    }

    /** The service's defaults: generous for a person, tight enough to stop a script. */
    public static RateLimits defaults() {
        return new RateLimits(true, 120, 60, 600, 300, Duration.ofMinutes(10));
    }

    /** No limits, for embedding hosts that limit elsewhere and for tests that do not test limits. */
    public static RateLimits off() {
        return new RateLimits(false, 120, 60, 600, 300, Duration.ofMinutes(10));
    }
}
