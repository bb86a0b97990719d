package io.shoppable.testing;

import io.shoppable.domain.user.User;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.UserRepository;
import io.shoppable.domain.user.Username;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link UserRepository} over an {@link InMemoryStore}. */
public final class InMemoryUserRepository implements UserRepository {

    private final InMemoryStore store;

    InMemoryUserRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public User upsert(UserId id, Username username, boolean admin, Instant seenAt) {
        synchronized (store) {
            var createdAt = Optional.ofNullable(store.users.get(id)).map(User::createdAt).orElse(seenAt);
            var user = new User(id, username, admin, createdAt);
            store.users.put(id, user);
            return user;
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        synchronized (store) {
            return Optional.ofNullable(store.users.get(id));
        }
    }

    @Override
    public Map<UserId, User> findAll(Collection<UserId> ids) {
        synchronized (store) {
            var found = new LinkedHashMap<UserId, User>();
            ids.forEach(id -> Optional.ofNullable(store.users.get(id)).ifPresent(user -> found.put(id, user)));
            return found;
        }
    }
}
