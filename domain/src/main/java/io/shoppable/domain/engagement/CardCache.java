package io.shoppable.domain.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Feed cards for a page of ranked ids at the cost of one statement in the common case (decision D61). What a
 * card shows besides its counters and marks (the video's text and media, category, products, creator) is kept
 * on this node for {@code ttl} and dropped as soon as the catalogue version moves; counters (the video's and its
 * creator's), visibility and the viewer's marks are read fresh for every page ({@link VideoStates}), so a card
 * never shows a stale count, a wrong like or a video that was hidden. The cards missing on this node are read in
 * one more statement ({@link CardBodies}); beyond {@code maxCards} the least recently shown card goes (decision
 * D74). Thread-safe.
 */
public final class CardCache {

    /**
     * How long a card is kept while the catalogue version stays the same: the most a change the version does not
     * track (a username) may stay unseen in a card; everything else a card shows moves the version or is read
     * fresh.
     */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);
    /** Cards kept at most: about 1.8 KB each (benchmarks/notes.md, session 3), so some 90 MB when full. */
    public static final int DEFAULT_MAX_CARDS = 50_000;

    private final CardBodies bodies;
    private final VideoStates states;
    private final CounterBuffer counters;
    private final Duration ttl;
    private final Clock clock;
    /** In access order, so the eldest entry is the least recently shown card; guarded by itself. */
    private final LinkedHashMap<VideoId, Cached> byId;
    private long version = Long.MIN_VALUE;

    public CardCache(CardBodies bodies, VideoStates states, CounterBuffer counters, Duration ttl, int maxCards,
                     Clock clock) {
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.states = Objects.requireNonNull(states, "states");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxCards < 1) {
            throw new IllegalArgumentException("a card cache keeps at least one card");
        }
        this.byId = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<VideoId, Cached> eldest) {
                return size() > maxCards;
            }
        };
    }

    /** The cards of the visible videos among {@code ids}, in the same order, as {@code viewer} sees them. */
    public List<VideoCard> of(Viewer viewer, List<VideoId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var fresh = states.of(viewer.userId(), ids);
        var now = clock.instant();
        var cards = new HashMap<VideoId, VideoCard>();
        var missing = new ArrayList<VideoId>();
        synchronized (byId) {
            if (fresh.catalogueVersion() != version) {
                byId.clear();
                version = fresh.catalogueVersion();
            }
            for (var id : ids) {
                var state = fresh.byVideo().get(id);
                if (state != null && state.visible()) {
                    var cached = byId.get(id);
                    if (cached != null && now.isBefore(cached.expires())) {
                        cards.put(id, cached.card());
                    } else {
                        missing.add(id);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            var loaded = bodies.of(missing);
            cards.putAll(loaded);
            keep(loaded, fresh.catalogueVersion(), now.plus(ttl));
        }
        var page = new ArrayList<VideoCard>(ids.size());
        for (var id : ids) {
            var state = fresh.byVideo().get(id);
            var card = cards.get(id);
            if (state != null && state.visible() && card != null) {
                page.add(marked(card, state));
            }
        }
        return page;
    }

    /** Keeps cards read at {@code readAt}, unless another page has seen the catalogue move since. */
    private void keep(Map<VideoId, VideoCard> loaded, long readAt, Instant expires) {
        synchronized (byId) {
            if (version == readAt) {
                loaded.forEach((id, card) -> byId.put(id, new Cached(card, expires)));
            }
        }
    }

    /** The kept card with the fresh counters (plus what this node counted but has not written) and marks. */
    private VideoCard marked(VideoCard card, VideoStates.State state) {
        var counted = counters.withPending(card.video().id(), state.stats());
        var creator = card.creator().map(profile -> state.creator().map(counts -> new CreatorProfile(profile.id(),
                profile.user(), profile.details(), profile.verified(), counts.followers(), counts.posts(),
                counts.views(), profile.createdAt())).orElse(profile));
        return new VideoCard(card.video().withStats(counted), card.category(), card.product(),
                card.additionalProducts(), creator, state.liked(), state.saved());
    }

    private record Cached(VideoCard card, Instant expires) {
    }
}
