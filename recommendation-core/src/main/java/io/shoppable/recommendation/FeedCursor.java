package io.shoppable.recommendation;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.mixing.Placed;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a feed session continues: the seed and instant its first page was ranked with, every video it
 * already served (none is served twice) and the last items shown (so the diversity window spans pages).
 * The same cursor with the same signals gives the same page.
 *
 * @param page     0 for the first page; counts pages for clients and logs
 * @param rankedAt the instant scores are computed for throughout the session
 * @param served   the videos served so far, oldest first
 * @param tail     the last items shown, oldest first
 */
public record FeedCursor(int page, long seed, Instant rankedAt, List<VideoId> served, List<Placed> tail) {

    public FeedCursor {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        Objects.requireNonNull(rankedAt, "rankedAt");
        served = List.copyOf(served);
        tail = List.copyOf(tail);
    }
}
