package io.shoppable.recommendation.signals;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The current browsing session: the categories the viewer touched within the session window before
 * {@code now}. Sessions are not stored apart: they are the viewer's newest events, which live in the
 * database and so look the same from every service node.
 */
public record SessionContext(Instant since, Set<CategoryId> categories) {

    public SessionContext {
        Objects.requireNonNull(since, "since");
        categories = Set.copyOf(categories);
    }

    /** The session of the events that happened in {@code (now - window, now]}. */
    public static SessionContext of(List<SignalEvent> events, Map<VideoId, VideoFacts> videos, Instant now,
                                    Duration window) {
        var since = now.minus(window);
        var touched = new LinkedHashSet<CategoryId>();
        for (var event : events) {
            var video = videos.get(event.video());
            if (video != null && event.at().isAfter(since) && !event.at().isAfter(now)) {
                touched.add(video.category());
            }
        }
        return new SessionContext(since, touched);
    }

    public boolean touched(CategoryId category) {
        return categories.contains(category);
    }
}
