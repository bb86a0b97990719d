package io.shoppable.domain.engagement;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feed cards for a page of ranked ids at the cost of one statement in the common case (decision D61). What a
 * card shows besides its counters and marks (the video's text and media, category, products, creator) is kept
 * on this node for {@code ttl} and dropped as soon as the catalogue version moves; counters (the video's and its
 * creator's), visibility and the viewer's marks are read fresh for every page ({@link VideoStates}), so a card
 * never shows a stale count, a wrong like or a video that was hidden. Missing cards are loaded with
 * {@link VideoCards} in its fixed number of batch reads. Thread-safe.
 */
public final class CardCache {

    /**
     * How long a card is kept while the catalogue version stays the same: the most a change the version does not
     * track (a username) may stay unseen in a card; everything else a card shows moves the version or is read
     * fresh.
     */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);
    /** Cards kept at most; beyond that the cache starts afresh. */
    static final int MAX_CARDS = 20_000;

    private final VideoRepository videos;
    private final VideoCards cards;
    private final VideoStates states;
    private final CounterBuffer counters;
    private final Duration ttl;
    private final Clock clock;
    private final Map<VideoId, Cached> byId = new ConcurrentHashMap<>();
    private volatile long version = Long.MIN_VALUE;

    public CardCache(VideoRepository videos, VideoCards cards, VideoStates states, CounterBuffer counters,
                     Duration ttl, Clock clock) {
        this.videos = Objects.requireNonNull(videos, "videos");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.states = Objects.requireNonNull(states, "states");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The cards of the visible videos among {@code ids}, in the same order, as {@code viewer} sees them. */
    public List<VideoCard> of(Viewer viewer, List<VideoId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var fresh = states.of(viewer.userId(), ids);
        if (fresh.catalogueVersion() != version) {
            byId.clear();
            version = fresh.catalogueVersion();
        }
        var now = clock.instant();
        var missing = new ArrayList<VideoId>();
        for (var id : ids) {
            var state = fresh.byVideo().get(id);
            var cached = byId.get(id);
            if (state != null && state.visible() && (cached == null || !now.isBefore(cached.expires()))) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            load(missing, now.plus(ttl));
        }
        var page = new ArrayList<VideoCard>(ids.size());
        for (var id : ids) {
            var state = fresh.byVideo().get(id);
            var cached = byId.get(id);
            if (state != null && state.visible() && cached != null) {
                page.add(marked(cached.card(), state));
            }
        }
        return page;
    }

    private void load(List<VideoId> ids, Instant expires) {
        if (byId.size() + ids.size() > MAX_CARDS) {
            byId.clear();
        }
        var loaded = videos.findAll(ids);
        List<Video> found = ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
        for (var card : cards.unmarked(found)) {
            byId.put(card.video().id(), new Cached(card, expires));
        }
    }

    /** The kept card with the fresh counters (plus what this node counted but has not written) and marks. */
    private VideoCard marked(VideoCard card, VideoStates.State state) {
        var id = card.video().id();
        var stats = state.stats();
        var counted = new VideoStats(stats.views() + counters.pendingViews(id), stats.likes(),
                stats.shares() + counters.pendingShares(id), stats.saves());
        var creator = card.creator().map(profile -> state.creator().map(counts -> new CreatorProfile(profile.id(),
                profile.user(), profile.details(), profile.verified(), counts.followers(), counts.posts(),
                counts.views(), profile.createdAt())).orElse(profile));
        return new VideoCard(card.video().withStats(counted), card.category(), card.product(),
                card.additionalProducts(), creator, state.liked(), state.saved());
    }

    private record Cached(VideoCard card, Instant expires) {
    }
}
