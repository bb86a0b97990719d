package io.shoppable.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the API listens, how it protects itself, and whether the web demo may sign visitors in.
 *
 * @param host        the interface to bind, for example {@code 127.0.0.1}
 * @param port        the port, or 0 for any free one
 * @param overload    thread, connection and in-flight limits
 * @param rateLimits  write limits per member and per address
 * @param corsOrigins origins allowed to call the API from a browser; empty (the default) turns CORS off
 * @param demo        present only in demo mode ({@code serve --demo}): issues demo users' tokens; never in
 *                    normal mode, where {@code POST /api/v1/demo/session} does not exist
 */
public record ServerConfig(String host, int port, Overload overload, RateLimits rateLimits, List<String> corsOrigins,
                           Optional<DemoTokens> demo) {

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        Objects.requireNonNull(overload, "overload");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(demo, "demo");
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** Default overload limits, no rate limits, no CORS, no demo sign-in: for embedding hosts and tests. */
    public ServerConfig(String host, int port) {
        this(host, port, Overload.defaults(), RateLimits.off(), List.of(), Optional.empty());
    }

    /** The same with other rate limits. */
    public ServerConfig withRateLimits(RateLimits limits) {
        return new ServerConfig(host, port, overload, limits, corsOrigins, demo);
    }

    /** The same with other overload limits. */
    public ServerConfig withOverload(Overload limits) {
        return new ServerConfig(host, port, limits, rateLimits, corsOrigins, demo);
    }

    /** The same with CORS allowed for {@code origins}. */
    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(host, port, overload, rateLimits, origins, demo);
    }

    /** The same in demo mode: {@code tokens} signs demo visitors in. */
    public ServerConfig withDemo(Optional<DemoTokens> tokens) {
        return new ServerConfig(host, port, overload, rateLimits, corsOrigins, tokens);
    }
}
