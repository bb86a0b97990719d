package io.shoppable.persistence.recommendation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.shoppable.domain.content.VideoId;
import io.shoppable.persistence.Batches;
import io.shoppable.recommendation.signals.VideoFacts;
import org.jdbi.v3.core.Jdbi;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * This node's memory of the facts of the videos a viewer's events refer to (decision D63), so that the per-viewer
 * statement returns an event as its video id instead of joining the video for each of up to 500 events. The
 * profile reads only an event video's category and tags, which move the catalogue version; the memory is
 * forgotten whenever the version moves. Its counters may be older than the version (counter writes leave the
 * version alone), so a feed request prefers any facts it read fresh. Misses cost one batch read by primary key.
 * Thread-safe.
 */
final class EventVideoFacts {

    /** Videos remembered at most; beyond that the least used are forgotten. */
    static final int MAX_VIDEOS = 200_000;

    // videos_pkey; any video, visible or not: an event counts for the profile whatever became of its video
    private static final String FACTS = "SELECT " + VisibleVideos.FACTS + " FROM videos v WHERE v.id = ANY(:ids)";

    private final Jdbi jdbi;
    private final Cache<VideoId, VideoFacts> byId = Caffeine.newBuilder().maximumSize(MAX_VIDEOS).build();
    private volatile long version = Long.MIN_VALUE;

    EventVideoFacts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The facts of the known videos among {@code ids} as of catalogue {@code version}; unknown ids are absent. */
    Map<VideoId, VideoFacts> of(Collection<VideoId> ids, long version) {
        if (version != this.version) {
            byId.invalidateAll();
            this.version = version;
        }
        // hits from memory, every miss in one read
        return byId.getAll(ids, this::read);
    }

    private Map<VideoId, VideoFacts> read(Set<? extends VideoId> ids) {
        return Batches.byIds(jdbi, FACTS, "ids", ids, VideoId::value, (rs, ctx) -> VisibleVideos.facts(rs),
                VideoFacts::id);
    }
}
