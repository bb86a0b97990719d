package io.shoppable.persistence.creator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How many creators match a search, remembered per node for a short time (decision D71). Counting reads
 * every match, so a search that is repeated (the popular prefixes) counts once per time to live instead of
 * on every page; pages themselves are always read fresh. Profiles created or edited through this node
 * forget every count at once; other changes (another node's, a username, a video's visibility) show in
 * the count within the time to live.
 */
final class SearchCounts {

    static final Duration DEFAULT_TTL = Duration.ofSeconds(10);
    private static final long MAX_SEARCHES = 10_000;

    private final Cache<Key, Long> counts;

    SearchCounts(Duration ttl) {
        this.counts = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_SEARCHES).build();
    }

    /** The remembered count of {@code key}, else {@code count}'s answer, remembered. */
    long count(Key key, LongSupplier count) {
        return counts.get(key, ignored -> count.getAsLong());
    }

    void forgetAll() {
        counts.invalidateAll();
    }

    /**
     * A search as the statements bind it; null switches a condition off. {@code scan} says the pattern is
     * matched against the most followed creators only (no trigram to look up).
     */
    record Key(String pattern, boolean scan, Long videoCategory, Long productCategory) {
    }
}
