package io.shoppable.domain.engagement;

import java.util.Objects;

/**
 * A view or share a node acknowledged, waiting to be written, with the counting window it claims: of
 * every viewer's views (or shares) of one video in one window, only the first stored counts, whichever
 * node it reached (decision D65).
 *
 * @param event  the {@code VIEW} or {@code SHARE} event to log
 * @param window the number of its fixed window since the epoch: its instant's epoch second divided by the
 *               window length, rounded down
 */
public record CountedEvent(NewInteraction event, long window) {

    public CountedEvent {
        Objects.requireNonNull(event, "event");
        if (event.kind() != InteractionKind.VIEW && event.kind() != InteractionKind.SHARE) {
            throw new IllegalArgumentException("only views and shares are counted: " + event.kind());
        }
    }

    /** The key two nodes' events must share to compete for one count. */
    public Claim claim() {
        return new Claim(event.sessionKey(), event.video().value(), event.kind(), window);
    }

    /** One viewer's view or share of one video in one window. */
    public record Claim(String viewerKey, long video, InteractionKind kind, long window) {
    }
}
