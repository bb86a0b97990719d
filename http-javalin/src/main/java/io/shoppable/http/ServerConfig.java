package io.shoppable.http;

/**
 * Where the API listens.
 *
 * @param host the interface to bind, for example {@code 127.0.0.1}
 * @param port the port, or 0 for any free one
 */
public record ServerConfig(String host, int port) {

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
    }
}
