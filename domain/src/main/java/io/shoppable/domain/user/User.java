package io.shoppable.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A marketplace user as we know them: created or refreshed from the identity claims the host
 * marketplace signs, on their first authenticated request.
 */
public record User(UserId id, Username username, boolean admin, Instant createdAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
