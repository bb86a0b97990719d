package io.shoppable.http;

import java.util.List;
import java.util.Objects;

/**
 * Where the API listens and how it protects itself.
 *
 * @param host        the interface to bind, for example {@code 127.0.0.1}
 * @param port        the port, or 0 for any free one
 * @param overload    thread, connection and in-flight limits
 * @param rateLimits  write limits per member and per address
 * @param corsOrigins origins allowed to call the API from a browser; empty (the default) turns CORS off
 */
public record ServerConfig(String host, int port, Overload overload, RateLimits rateLimits, List<String> corsOrigins) {

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        Objects.requireNonNull(overload, "overload");
        Objects.requireNonNull(rateLimits, "rateLimits");
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** Default overload limits, no rate limits and no CORS: for embedding hosts and tests. */
    public ServerConfig(String host, int port) {
        this(host, port, Overload.defaults(), RateLimits.off(), List.of());
    }

    /** The same with other rate limits. */
    public ServerConfig withRateLimits(RateLimits limits) {
        return new ServerConfig(host, port, overload, limits, corsOrigins);
    }

    /** The same with other overload limits. */
    public ServerConfig withOverload(Overload limits) {
        return new ServerConfig(host, port, limits, rateLimits, corsOrigins);
    }

    /** The same with CORS allowed for {@code origins}. */
    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(host, port, overload, rateLimits, origins);
    }
}
