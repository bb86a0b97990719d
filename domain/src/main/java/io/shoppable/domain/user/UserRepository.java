package io.shoppable.domain.user;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Users known to the service. Rows are created and refreshed from the marketplace's identity claims. */
public interface UserRepository {

    /**
     * Creates the user, or refreshes the username and admin flag of an existing one, and returns the
     * stored row. {@code seenAt} becomes the creation time of a new user; an existing one keeps its own.
     */
    User upsert(UserId id, Username username, boolean admin, Instant seenAt);

    /** The user, or empty when unknown. */
    Optional<User> findById(UserId id);

    /** The known users among {@code ids}; unknown ids are absent from the map. */
    Map<UserId, User> findAll(Collection<UserId> ids);
}
