package io.shoppable.domain.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.domain.user.UserId;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of feed cards that changes by the second, read fresh for a page of videos in one batch: counters (the
 * video's and its creator's), whether each video is still visible and the viewer's like and save marks, with the
 * catalogue version that
 * tells a per-node cache whether what it keeps of the cards may still be shown (decision D61).
 */
public interface VideoStates {

    /**
     * The states of the known videos among {@code videos}, with the marks of {@code viewer} (none for
     * anonymous callers); unknown videos are left out. Adapters answer in one statement.
     */
    States of(Optional<UserId> viewer, Collection<VideoId> videos);

    /**
     * One video's state.
     *
     * @param visible whether anyone may see it now (the one visibility rule, decision D41)
     * @param creator the counters of the owner's creator profile, empty when they have none
     */
    record State(VideoStats stats, boolean visible, boolean liked, boolean saved, Optional<CreatorCounts> creator) {

        public State {
            Objects.requireNonNull(stats, "stats");
            Objects.requireNonNull(creator, "creator");
        }
    }

    /** A creator profile's counters, which change with every follow, upload and view. */
    record CreatorCounts(long followers, long posts, long views) {
    }

    /**
     * The states of a batch of videos.
     *
     * @param catalogueVersion changes whenever anything a card shows besides its counters and marks may have
     *                         changed anywhere (a title, an item, a product, a creator profile, visibility)
     */
    record States(long catalogueVersion, Map<VideoId, State> byVideo) {

        public States {
            byVideo = Map.copyOf(byVideo);
        }
    }
}
