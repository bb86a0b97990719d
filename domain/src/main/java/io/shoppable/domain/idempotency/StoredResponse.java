package io.shoppable.domain.idempotency;

import java.util.Objects;

/**
 * The first answer given to a request with an idempotency key, replayed byte for byte to its repeats.
 *
 * @param status      the HTTP status
 * @param contentType the content type, for example {@code application/json}
 * @param body        the body as sent
 */
public record StoredResponse(int status, String contentType, String body) {

    public StoredResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status: " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }
}
