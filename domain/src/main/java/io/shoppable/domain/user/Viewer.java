package io.shoppable.domain.user;

import io.shoppable.domain.shared.Invalid;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking. Reads of public content work for anyone; writes that belong to a person need a
 * {@link Member}. An {@link Anonymous} caller is keyed by a session key (its {@code X-Session-Id}, else
 * its address) so that views and interactions can still be attributed to a browsing session.
 */
public sealed interface Viewer {

    /** The session key that groups this caller's activity: the user id for members. */
    String sessionKey();

    /** The member's id, or empty for anonymous callers. */
    Optional<UserId> userId();

    /** True for members whose claims say they administer the service. */
    default boolean isAdmin() {
        return false;
    }

    record Anonymous(String sessionKey) implements Viewer {

        public static final int MAX_SESSION_KEY_LENGTH = 128;

        public Anonymous {
            if (sessionKey == null || sessionKey.isBlank() || sessionKey.length() > MAX_SESSION_KEY_LENGTH) {
                throw Invalid.field("session", "an anonymous session key has 1 to " + MAX_SESSION_KEY_LENGTH
                        + " characters");
            }
        }

        @Override
        public Optional<UserId> userId() {
            return Optional.empty();
        }
    }

    record Member(UserId id, Username username, boolean admin) implements Viewer {

        public Member {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(username, "username");
        }

        @Override
        public String sessionKey() {
            return "user:" + id.value();
        }

        @Override
        public Optional<UserId> userId() {
            return Optional.of(id);
        }

        @Override
        public boolean isAdmin() {
            return admin;
        }
    }
}
