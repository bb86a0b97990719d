package io.shoppable.persistence.recommendation;

import io.shoppable.domain.content.VideoId;
import io.shoppable.persistence.SqlErrors;
import io.shoppable.recommendation.signals.VideoFacts;
import org.jdbi.v3.core.Jdbi;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This node's memory of the facts of the videos a viewer's events refer to (decision D63), so that the per-viewer
 * statement returns an event as its video id instead of joining the video for each of up to 500 events. The
 * profile reads only an event video's category and tags, which move the catalogue version; the memory is
 * forgotten whenever the version moves. Its counters may be older than the version (counter writes leave the
 * version alone), so a feed request prefers any facts it read fresh. Misses cost one batch read by primary key.
 * Thread-safe.
 */
final class EventVideoFacts {

    /** Videos remembered at most; beyond that the memory starts afresh. */
    static final int MAX_VIDEOS = 200_000;

    // videos_pkey; any video, visible or not: an event counts for the profile whatever became of its video
    private static final String FACTS = "SELECT " + VisibleVideos.FACTS + " FROM videos v WHERE v.id = ANY(:ids)";

    private final Jdbi jdbi;
    private final Map<VideoId, VideoFacts> byId = new ConcurrentHashMap<>();
    private volatile long version = Long.MIN_VALUE;

    EventVideoFacts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The facts of the known videos among {@code ids} as of catalogue {@code version}; unknown ids are absent. */
    Map<VideoId, VideoFacts> of(Collection<VideoId> ids, long version) {
        if (version != this.version) {
            byId.clear();
            this.version = version;
        }
        var found = new HashMap<VideoId, VideoFacts>();
        var missing = new HashSet<VideoId>();
        for (var id : ids) {
            var facts = byId.get(id);
            if (facts == null) {
                missing.add(id);
            } else {
                found.put(id, facts);
            }
        }
        if (!missing.isEmpty()) {
            for (var facts : read(missing)) {
                found.put(facts.id(), facts);
                remember(facts);
            }
        }
        return found;
    }

    private void remember(VideoFacts facts) {
        if (byId.size() >= MAX_VIDEOS) {
            byId.clear();
        }
        byId.put(facts.id(), facts);
    }

    private List<VideoFacts> read(Collection<VideoId> ids) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(FACTS)
                .bindArray("ids", Long.class, ids.stream().map(VideoId::value).toList())
                .map((rs, ctx) -> VisibleVideos.facts(rs))
                .list());
    }
}
