package io.shoppable.domain.engagement;

import io.shoppable.domain.shared.Invalid;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The behavioural events the recommendation engine learns from. Some are logged by the service
 * itself (a view, a share, an add to cart); clients may send the {@link #isClientTrackable()} ones.
 */
public enum InteractionKind {
    VIEW,
    SHARE,
    PRODUCT_VIEW,
    ADD_TO_CART_FROM_VIDEO,
    WATCH_TIME,
    CTA_CLICK,
    SCROLL_PAUSE;

    private static final Set<InteractionKind> CLIENT_TRACKABLE = Set.of(WATCH_TIME, CTA_CLICK, SCROLL_PAUSE,
            PRODUCT_VIEW);

    /** The snake_case name used on the wire and in the database: {@code watch_time}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the events a client reports through track-interaction. */
    public boolean isClientTrackable() {
        return CLIENT_TRACKABLE.contains(this);
    }

    /** The kind with this wire name; anything else is {@code Invalid} on {@code event_type}. */
    public static InteractionKind fromWire(String raw) {
        return Arrays.stream(values()).filter(kind -> kind.wireName().equals(raw)).findFirst()
                .orElseThrow(() -> Invalid.field("event_type", "must be one of " + Arrays.stream(values())
                        .map(InteractionKind::wireName).collect(Collectors.joining(", "))));
    }

    /** Like {@link #fromWire} but accepts only the kinds a client may send. */
    public static InteractionKind trackableFromWire(String raw) {
        var allowed = Arrays.stream(values()).filter(InteractionKind::isClientTrackable)
                .map(InteractionKind::wireName).sorted().collect(Collectors.joining(", "));
        return Arrays.stream(values()).filter(kind -> kind.isClientTrackable() && kind.wireName().equals(raw))
                .findFirst().orElseThrow(() -> Invalid.field("event_type", "must be one of " + allowed));
    }
}
