package io.shoppable.testing;

import io.shoppable.domain.creator.CreatorCard;
import io.shoppable.domain.creator.CreatorDetails;
import io.shoppable.domain.creator.CreatorId;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.creator.CreatorSearch;
import io.shoppable.domain.creator.CreatorStats;
import io.shoppable.domain.creator.Handle;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.Follow;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** {@link CreatorRepository} over an {@link InMemoryStore}. The profile's user must exist. */
public final class InMemoryCreatorRepository implements CreatorRepository {

    private final InMemoryStore store;

    InMemoryCreatorRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public CreatorProfile create(UserId user, CreatorDetails details, Instant at) {
        synchronized (store) {
            if (!store.users.containsKey(user)) {
                throw Invalid.field("user", "unknown user " + user);
            }
            if (findByUser(user).isPresent()) {
                throw new Conflict("creator_exists", "User " + user + " already has a creator profile");
            }
            requireHandleFree(details.handle(), Optional.empty());
            long followers = store.follows.keySet().stream().filter(pair -> pair.right().equals(user)).count();
            var profile = new CreatorProfile(new CreatorId(store.nextId()), user, details, false, followers, 0, 0, at);
            store.creators.put(profile.id(), profile);
            return profile;
        }
    }

    @Override
    public CreatorProfile update(CreatorId id, CreatorDetails details) {
        synchronized (store) {
            store.requireCreator(id);
            requireHandleFree(details.handle(), Optional.of(id));
            return change(id, profile -> new CreatorProfile(id, profile.user(), details, profile.verified(),
                    profile.followerCount(), profile.postsCount(), profile.viewsCount(), profile.createdAt()));
        }
    }

    @Override
    public boolean isHandleTaken(Handle handle) {
        synchronized (store) {
            return store.creators.values().stream().anyMatch(profile -> profile.handle().equals(handle));
        }
    }

    @Override
    public Optional<CreatorProfile> findById(CreatorId id) {
        synchronized (store) {
            return Optional.ofNullable(store.creators.get(id));
        }
    }

    @Override
    public Optional<CreatorProfile> findByUser(UserId user) {
        synchronized (store) {
            return store.creators.values().stream().filter(profile -> profile.user().equals(user)).findFirst();
        }
    }

    @Override
    public Map<CreatorId, CreatorProfile> findAll(Collection<CreatorId> ids) {
        synchronized (store) {
            var found = new LinkedHashMap<CreatorId, CreatorProfile>();
            ids.forEach(id -> findById(id).ifPresent(profile -> found.put(id, profile)));
            return found;
        }
    }

    @Override
    public Map<UserId, CreatorProfile> findByUsers(Collection<UserId> users) {
        synchronized (store) {
            var found = new LinkedHashMap<UserId, CreatorProfile>();
            users.forEach(user -> findByUser(user).ifPresent(profile -> found.put(user, profile)));
            return found;
        }
    }

    @Override
    public long addPosts(CreatorId id, int delta) {
        synchronized (store) {
            return change(id, profile -> withCounters(profile, profile.followerCount(),
                    profile.postsCount() + delta, profile.viewsCount())).postsCount();
        }
    }

    @Override
    public long addViews(CreatorId id, long delta) {
        synchronized (store) {
            return change(id, profile -> withCounters(profile, profile.followerCount(), profile.postsCount(),
                    profile.viewsCount() + delta)).viewsCount();
        }
    }

    /** Moves the follower count of {@code user}'s profile, if they have one: the follow table's trigger. */
    void addFollowers(UserId user, int delta) {
        findByUser(user).ifPresent(profile -> change(profile.id(), current -> withCounters(current,
                current.followerCount() + delta, current.postsCount(), current.viewsCount())));
    }

    @Override
    public CreatorProfile setVerified(CreatorId id, boolean verified) {
        synchronized (store) {
            return change(id, profile -> new CreatorProfile(id, profile.user(), profile.details(), verified,
                    profile.followerCount(), profile.postsCount(), profile.viewsCount(), profile.createdAt()));
        }
    }

    @Override
    public Page<CreatorCard> search(CreatorSearch search, PageRequest page) {
        synchronized (store) {
            var sorted = store.creators.values().stream()
                    .filter(profile -> search.text().map(text -> matches(profile, text)).orElse(true))
                    .filter(profile -> search.videoCategory().map(category -> profile.details().categories()
                            .contains(category) || listableVideosOf(profile.user())
                            .anyMatch(video -> video.details().category().equals(category))).orElse(true))
                    .filter(profile -> search.productCategory().map(category -> listableVideosOf(profile.user())
                            .flatMap(video -> video.details().allProducts().stream())
                            .map(store.products::get)
                            .anyMatch(product -> product.active() && product.category().equals(Optional.of(category))))
                            .orElse(true))
                    .sorted(Comparator.comparingLong(CreatorProfile::followerCount).reversed()
                            .thenComparingLong(profile -> profile.id().value()))
                    .map(profile -> new CreatorCard(profile, store.users.get(profile.user()).username()))
                    .toList();
            return InMemoryStore.page(sorted, page);
        }
    }

    @Override
    public Page<CreatorProfile> followedBy(UserId follower, PageRequest page) {
        synchronized (store) {
            var sorted = store.follows.values().stream()
                    .filter(follow -> follow.follower().equals(follower))
                    .sorted(Comparator.comparing(Follow::createdAt)
                            .thenComparingLong(follow -> follow.following().value()).reversed())
                    .map(follow -> findByUser(follow.following()))
                    .flatMap(Optional::stream)
                    .toList();
            return InMemoryStore.page(sorted, page);
        }
    }

    @Override
    public List<CreatorStats> trendingStats(Instant since, int candidates) {
        synchronized (store) {
            var stats = store.creators.values().stream().map(profile -> stats(profile, since)).toList();
            var chosen = new LinkedHashSet<CreatorId>();
            for (Comparator<CreatorStats> order : List.of(
                    Comparator.comparingLong(CreatorStats::followers),
                    Comparator.comparingLong(CreatorStats::newFollows),
                    Comparator.comparingLong(CreatorStats::recentLikes))) {
                stats.stream()
                        .sorted(order.reversed().thenComparingLong(candidate -> candidate.creator().value()))
                        .limit(candidates)
                        .forEach(candidate -> chosen.add(candidate.creator()));
            }
            return stats.stream().filter(candidate -> chosen.contains(candidate.creator()))
                    .sorted(Comparator.comparingLong(candidate -> candidate.creator().value()))
                    .toList();
        }
    }

    private CreatorStats stats(CreatorProfile profile, Instant since) {
        long recentLikes = store.videos.values().stream()
                .filter(video -> video.owner().equals(profile.user()) && video.active()
                        && !store.hiddenVideos.contains(video.id()) && !video.createdAt().isBefore(since))
                .mapToLong(video -> video.stats().likes()).sum();
        long newFollows = store.follows.values().stream()
                .filter(follow -> follow.following().equals(profile.user()) && !follow.createdAt().isBefore(since))
                .count();
        return new CreatorStats(profile.id(), profile.followerCount(), profile.viewsCount(), recentLikes, newFollows,
                profile.verified());
    }

    private boolean matches(CreatorProfile profile, String text) {
        var needle = text.toLowerCase(Locale.ROOT);
        return profile.handle().value().toLowerCase(Locale.ROOT).contains(needle)
                || profile.details().displayName().toLowerCase(Locale.ROOT).contains(needle)
                || store.users.get(profile.user()).username().value().toLowerCase(Locale.ROOT).contains(needle);
    }

    private Stream<Video> listableVideosOf(UserId owner) {
        return store.videos.values().stream().filter(video -> video.owner().equals(owner) && store.isListable(video));
    }

    private CreatorProfile change(CreatorId id, UnaryOperator<CreatorProfile> update) {
        var changed = update.apply(store.requireCreator(id));
        store.creators.put(id, changed);
        return changed;
    }

    private static CreatorProfile withCounters(CreatorProfile profile, long followers, long posts, long views) {
        return new CreatorProfile(profile.id(), profile.user(), profile.details(), profile.verified(), followers,
                posts, views, profile.createdAt());
    }

    private void requireHandleFree(Handle handle, Optional<CreatorId> self) {
        var holder = store.creators.values().stream().filter(profile -> profile.handle().equals(handle)).findFirst();
        if (holder.isPresent() && !self.equals(Optional.of(holder.get().id()))) {
            throw new Conflict("handle_taken", "The handle " + handle.display() + " is taken");
        }
    }
}
