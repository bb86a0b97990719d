package io.shoppable.domain.engagement;

import io.shoppable.domain.content.VideoId;

import java.util.Collection;
import java.util.Map;

/**
 * What a {@link VideoCard} shows besides the viewer's marks, read for a batch of videos at once: the video, its
 * category, its primary and additional products and the owner's creator profile. Together with
 * {@link VideoStates} this is everything a card needs, so a page of cards costs two reads whatever its length.
 */
public interface CardBodies {

    /**
     * The unmarked cards (neither liked nor saved) of the known videos among {@code videos}, whatever their
     * visibility, with the counters as stored; unknown videos are left out. A card's primary product is empty
     * and its additional products leave out those the catalog no longer knows; inactive products are kept.
     * Adapters answer in one statement.
     */
    Map<VideoId, VideoCard> of(Collection<VideoId> videos);
}
