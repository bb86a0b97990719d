package io.shoppable.recommendation;

import io.shoppable.domain.content.VideoId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of the feed, best first, and where the next page starts when there is one. */
public record FeedPage(List<RankedVideo> items, Optional<FeedCursor> next) {

    public FeedPage {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    public List<VideoId> ids() {
        return items.stream().map(RankedVideo::video).toList();
    }
}
