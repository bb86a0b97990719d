package io.shoppable.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.mixing.Placed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One feed request, with time and randomness as inputs: the same request ranks the same way.
 *
 * @param viewerKey the session key: {@code user:<id>}, {@code session:<X-Session-Id>} or {@code ip:<addr>}
 * @param page      0 for the first page
 * @param now       the instant scores are computed for (a session keeps the one its first page had)
 * @param seed      seeds the random score term; {@link #dailySeed} gives one per viewer, session and day
 * @param served    what the session already showed, oldest first: never shown again
 * @param tail      the session's last items, oldest first, for the diversity window
 */
public record FeedRequest(String viewerKey, Optional<UserId> user, int limit, int page,
                          Optional<CategoryId> category, Instant now, long seed, List<VideoId> served,
                          List<Placed> tail) {

    public FeedRequest {
        Objects.requireNonNull(viewerKey, "viewerKey");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(now, "now");
        served = List.copyOf(served);
        tail = List.copyOf(tail);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
    }

    /** The first page of a session. */
    public FeedRequest(String viewerKey, Optional<UserId> user, int limit, Optional<CategoryId> category,
                       Instant now, long seed) {
        this(viewerKey, user, limit, 0, category, now, seed, List.of(), List.of());
    }

    /**
     * The seed for a viewer's session on the UTC day of {@code now}: the same all day, different for
     * another viewer or session (an FNV-1a hash of the key, mixed with the day number).
     */
    public static long dailySeed(String viewerKey, Instant now) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : viewerKey.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        long day = now.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
        return (hash ^ day) * 0x100000001b3L;
    }
}
