package io.shoppable.http;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the API listens, and whether the web demo may sign visitors in as demo users.
 *
 * @param host the interface to bind, for example {@code 127.0.0.1}
 * @param port the port, or 0 for any free one
 * @param demo present only in demo mode ({@code serve --demo}): issues demo users' tokens; never in
 *             normal mode, where {@code POST /api/v1/demo/session} does not exist
 */
public record ServerConfig(String host, int port, Optional<DemoTokens> demo) {

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        Objects.requireNonNull(demo, "demo");
    }

    /** Normal mode: no demo sign-in. */
    public ServerConfig(String host, int port) {
        this(host, port, Optional.empty());
    }
}
