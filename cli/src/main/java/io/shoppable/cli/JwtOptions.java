package io.shoppable.cli;

import io.shoppable.http.JwtAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

import java.time.Clock;

/**
 * The HS256 secret shared with the marketplace that issues tokens. Without one, a built-in
 * development secret is used so that {@code token} and {@code serve} agree out of the box
 * (docs/decisions.md D3); it is announced loudly and must never be used in production.
 */
final class JwtOptions {

    static final String DEVELOPMENT_SECRET = "shoppable-videos-development-secret-do-not-use-in-production";
    private static final Logger LOG = LoggerFactory.getLogger(JwtOptions.class);

    @Option(names = "--jwt-secret", defaultValue = "${env:SHOPVID_JWT_SECRET}", paramLabel = "SECRET",
            description = "HS256 secret for bearer tokens (default: env SHOPVID_JWT_SECRET, else a development secret).")
    String secret;

    /** The secret in effect: the given one, else the development secret. Feed cursors are signed with it. */
    String effectiveSecret() {
        return secret == null || secret.isBlank() ? DEVELOPMENT_SECRET : secret;
    }

    JwtAuthenticator authenticator(Clock clock) {
        if (secret == null || secret.isBlank()) {
            LOG.warn("No JWT secret given (--jwt-secret or SHOPVID_JWT_SECRET): using the built-in development "
                    + "secret. Anyone can forge tokens for this instance; never expose it beyond your machine.");
            return new JwtAuthenticator(DEVELOPMENT_SECRET, clock);
        }
        return new JwtAuthenticator(secret, clock);
    }
}
