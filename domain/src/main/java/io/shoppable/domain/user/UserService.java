package io.shoppable.domain.user;

import io.shoppable.domain.shared.Transactions;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Use cases on users: the marketplace owns identities, we only keep a row per user we have seen. */
public final class UserService {

    private final UserRepository users;
    private final Transactions tx;
    private final Clock clock;

    public UserService(UserRepository users, Transactions tx, Clock clock) {
        this.users = users;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Creates the member's user row, or refreshes its username and admin flag from the latest claims,
     * and returns the stored user.
     */
    public User recognise(Viewer.Member member) {
        return tx.inTransaction(() -> users.upsert(member.id(), member.username(), member.admin(), clock.instant()));
    }

    /** The usernames of the known users among {@code ids}, in one read; unknown ids are absent. */
    public Map<UserId, Username> usernames(Collection<UserId> ids) {
        return users.findAll(ids).values().stream().collect(Collectors.toMap(User::id, User::username));
    }
}
