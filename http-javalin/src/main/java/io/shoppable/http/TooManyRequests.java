package io.shoppable.http;

/** A caller made more writes than its rate limit allows: answered with 429 and {@code Retry-After}. */
public final class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequests(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds until the next write would be allowed, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
