package io.shoppable.domain.idempotency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A key as stored: the fingerprint of the first request that used it, when that was, and its answer
 * once there is one (empty while the first request is still running).
 */
public record IdempotencyRecord(IdempotencyKey key, String fingerprint, Instant createdAt,
                                Optional<StoredResponse> response) {

    public IdempotencyRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(response, "response");
    }
}
