package io.shoppable.domain.idempotency;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;

import java.util.Objects;

/**
 * Who used which {@code Idempotency-Key} on which endpoint: keys are scoped per user and endpoint, so two
 * users (or one user on two endpoints) may pick the same key without seeing each other's answers.
 *
 * @param user     the member who sent the request
 * @param endpoint a stable name of the use case, for example {@code add_to_cart}
 * @param key      the client's key: 1-255 printable ASCII characters
 */
public record IdempotencyKey(UserId user, String endpoint, String key) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(endpoint, "endpoint");
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw Invalid.field("Idempotency-Key", "must be 1-" + MAX_LENGTH + " printable ASCII characters");
        }
    }
}
