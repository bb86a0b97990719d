package io.shoppable.domain.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event to log. A member's events carry their user id; an anonymous caller's carry only the
 * session key. {@code WATCH_TIME} events always carry a watch time; no other kind does.
 */
public record NewInteraction(Optional<UserId> user, String sessionKey, VideoId video, Optional<ProductId> product,
                             InteractionKind kind, Optional<WatchTime> watchTime, ExtraData extra, Instant at) {

    public NewInteraction {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(watchTime, "watchTime");
        Objects.requireNonNull(extra, "extra");
        Objects.requireNonNull(at, "at");
        if (sessionKey == null || sessionKey.isBlank()) {
            throw Invalid.field("session", "an interaction needs a session key");
        }
        if ((kind == InteractionKind.WATCH_TIME) != watchTime.isPresent()) {
            throw Invalid.field("dwell_time", "is required for watch_time and only for it");
        }
    }
}
