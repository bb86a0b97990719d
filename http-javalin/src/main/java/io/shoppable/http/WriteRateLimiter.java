package io.shoppable.http;

import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets for writes, one per member and one per client address, kept in this node's memory
 * (decision D23): with N nodes behind a balancer a caller gets up to N times the limit, which is enough
 * to stop a script without a shared store in the write path.
 */
final class WriteRateLimiter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int SWEEP_ABOVE = 10_000;

    private final RateLimits limits;
    private final Identity identity;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    WriteRateLimiter(RateLimits limits, Identity identity, Clock clock) {
        this.limits = limits;
        this.identity = identity;
        this.clock = clock;
    }

    /** Takes a token for a write from the caller's buckets; throws {@link TooManyRequests} when one is empty. */
    void check(Context ctx) {
        if (!limits.enabled() || !WRITES.contains(ctx.method().name())) {
            return;
        }
        long now = clock.millis();
        sweep(now);
        take("ip:" + ctx.ip(), limits.ipPerMinute(), limits.ipBurst(), now, "this address");
        var user = identity.claimedUser(ctx);
        if (user.isPresent()) {
            take("user:" + user.get().value(), limits.userPerMinute(), limits.userBurst(), now, "this user");
        }
    }

    private void take(String key, int perMinute, int burst, long now, String who) {
        var bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        long waitMillis = bucket.take(perMinute, burst, now);
        if (waitMillis > 0) {
            throw new TooManyRequests("Too many writes from " + who + "; try again in a moment.",
                    Math.max(1, (waitMillis + 999) / 1000));
        }
    }

    private void sweep(long now) {
        if (buckets.size() > SWEEP_ABOVE) {
            long idle = limits.forgetAfter().toMillis();
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > idle);
        }
    }

    /** A bucket of tokens refilled continuously; its methods are synchronised on the bucket. */
    private static final class Bucket {

        private static final double MILLIS_PER_MINUTE = Duration.ofMinutes(1).toMillis();

        private double tokens;
        private long updated;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.updated = now;
        }

        /** Takes one token and answers 0, or answers how many milliseconds until one is there. */
        synchronized long take(int perMinute, int burst, long now) {
            tokens = Math.min(burst, tokens + (now - updated) * perMinute / MILLIS_PER_MINUTE);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * MILLIS_PER_MINUTE / perMinute);
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
