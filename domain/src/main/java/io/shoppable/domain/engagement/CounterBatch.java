package io.shoppable.domain.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Views and shares counted on one node since its last flush, to be written together.
 *
 * @param views        per video, how many views to add (every value positive)
 * @param shares       per video, how many shares to add (every value positive)
 * @param creatorViews per video owner, how many views to add to their creator profile (every value positive)
 * @param events       the {@code VIEW} and {@code SHARE} events to append to the log, oldest first
 */
public record CounterBatch(Map<VideoId, Long> views, Map<VideoId, Long> shares, Map<UserId, Long> creatorViews,
                           List<NewInteraction> events) {

    public CounterBatch {
        views = Map.copyOf(views);
        shares = Map.copyOf(shares);
        creatorViews = Map.copyOf(creatorViews);
        events = List.copyOf(events);
        for (var counts : List.of(views.values(), shares.values(), creatorViews.values())) {
            if (counts.stream().anyMatch(count -> Objects.requireNonNull(count) <= 0)) {
                throw new IllegalArgumentException("a batch only adds positive counts");
            }
        }
    }

    public static CounterBatch empty() {
        return new CounterBatch(Map.of(), Map.of(), Map.of(), List.of());
    }

    public boolean isEmpty() {
        return views.isEmpty() && shares.isEmpty() && events.isEmpty();
    }

    /** How many views and shares the batch adds. */
    public long counted() {
        return views.values().stream().mapToLong(Long::longValue).sum()
                + shares.values().stream().mapToLong(Long::longValue).sum();
    }
}
