package io.shoppable.domain.user;

import io.shoppable.domain.shared.Invalid;

/** A marketplace user, identified by the positive id the host marketplace gave them. */
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw Invalid.field("user", "must be a positive id");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
