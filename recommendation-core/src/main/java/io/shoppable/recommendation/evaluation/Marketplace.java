package io.shoppable.recommendation.evaluation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A generated marketplace: creators and their videos, shoppers with planted tastes, what each shopper did
 * (the training history) and what each will engage with next (the held-out future). Videos are referred
 * to by their index in {@link #videos()} until a store gives them ids.
 *
 * @param now the instant the history ends and the future begins
 */
public record Marketplace(Instant now, List<Creator> creators, List<Shopper> shoppers, List<GeneratedVideo> videos,
                          List<Interaction> history, List<Follow> follows, Map<UserId, Set<Integer>> future) {

    public Marketplace {
        Objects.requireNonNull(now, "now");
        creators = List.copyOf(creators);
        shoppers = List.copyOf(shoppers);
        videos = List.copyOf(videos);
        history = List.copyOf(history);
        follows = List.copyOf(follows);
        future = Map.copyOf(future);
    }

    /** A creator: a user who sells one product and films videos mostly in a home category. */
    public record Creator(UserId id, String username, CategoryId home, List<String> style) {
    }

    /** A shopper with a planted taste: favourite categories, tags and creators. */
    public record Shopper(UserId id, String username, Set<CategoryId> categories, Set<String> tags,
                          Set<UserId> creators) {
    }

    /** A video before it is stored, with the engagement counters of the wider (unmodelled) audience. */
    public record GeneratedVideo(int creator, CategoryId category, List<String> tags, String title,
                                 Instant createdAt, long views, long likes, long shares) {
    }

    /** What a shopper did with a video. */
    public record Interaction(UserId user, int video, Kind kind, Instant at, double seconds) {

        /** The kinds the engine learns from. */
        public enum Kind { VIEW, WATCH, LIKE, SAVE, CART }
    }

    /** A shopper following a creator. */
    public record Follow(UserId follower, UserId creator, Instant at) {
    }
}
