package io.shoppable.testing;

import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.Follow;
import io.shoppable.domain.social.FollowRepository;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** {@link FollowRepository} over an {@link InMemoryStore}; toggles move the creator follower count. */
public final class InMemoryFollowRepository implements FollowRepository {

    private static final Comparator<Follow> NEWEST_FIRST = Comparator.comparing(Follow::createdAt).reversed();

    private final InMemoryStore store;
    private final InMemoryCreatorRepository creators;

    InMemoryFollowRepository(InMemoryStore store, InMemoryCreatorRepository creators) {
        this.store = store;
        this.creators = creators;
    }

    @Override
    public boolean toggle(UserId follower, UserId following, Instant at) {
        synchronized (store) {
            if (follower.equals(following)) {
                throw Invalid.field("following_id", "you cannot follow yourself");
            }
            for (UserId user : Set.of(follower, following)) {
                if (!store.users.containsKey(user)) {
                    throw NotFound.of("User", user);
                }
            }
            var key = new InMemoryStore.Pair<>(follower, following);
            boolean follows = store.follows.remove(key) == null;
            if (follows) {
                store.follows.put(key, new Follow(follower, following, at));
            }
            creators.addFollowers(following, follows ? 1 : -1);
            return follows;
        }
    }

    @Override
    public boolean isFollowing(UserId follower, UserId following) {
        synchronized (store) {
            return store.follows.containsKey(new InMemoryStore.Pair<>(follower, following));
        }
    }

    @Override
    public Page<Follow> followersOf(UserId user, PageRequest page) {
        synchronized (store) {
            return newestFirst(follow -> follow.following().equals(user), page);
        }
    }

    @Override
    public Page<Follow> followingOf(UserId user, PageRequest page) {
        synchronized (store) {
            return newestFirst(follow -> follow.follower().equals(user), page);
        }
    }

    @Override
    public Set<UserId> allFollowedBy(UserId user) {
        synchronized (store) {
            return store.follows.values().stream().filter(follow -> follow.follower().equals(user))
                    .map(Follow::following).collect(Collectors.toUnmodifiableSet());
        }
    }

    private Page<Follow> newestFirst(Predicate<Follow> filter, PageRequest page) {
        return InMemoryStore.page(store.follows.values().stream().filter(filter).sorted(NEWEST_FIRST).toList(), page);
    }
}
