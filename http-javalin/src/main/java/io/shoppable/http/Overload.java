package io.shoppable.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work the server takes on before it answers "busy" instead of queueing more: beyond these
 * limits a request gets a fast 503 with {@code Retry-After}, so three times the capacity costs answers,
 * not memory.
 *
 * @param maxThreads     Jetty's worker threads
 * @param acceptQueue    connections the operating system holds before they are accepted
 * @param maxConnections open connections; beyond this the server stops accepting until some close
 * @param maxInFlight    requests being handled at once; the next one gets a 503
 * @param stopTimeout    how long a shutdown waits for requests in flight before it cuts them off
 */
public record Overload(int maxThreads, int acceptQueue, int maxConnections, int maxInFlight,
                       Duration stopTimeout) {

    public Overload {
        if (maxThreads < 8) {
            throw new IllegalArgumentException("maxThreads must be at least 8");
        }
        if (acceptQueue < 1 || maxConnections < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("queue and connection limits must be positive");
        }
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative");
        }
    }

    /**
     * 200 threads, 150 requests in flight (the database pool of 10 is the real bottleneck; the rest wait
     * for it briefly), 10,000 open connections (idle ones cost a few kilobytes), and 8 s to drain on stop
     * so that the whole shutdown fits in 10 s.
     */
    public static Overload defaults() {
        return new Overload(200, 1_024, 10_000, 150, Duration.ofSeconds(8));
    }
}
