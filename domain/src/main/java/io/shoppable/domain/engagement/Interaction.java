package io.shoppable.domain.engagement;

import java.util.Objects;

/** A logged interaction: the event as it was recorded, with its id. */
public record Interaction(InteractionId id, NewInteraction event) {

    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
    }
}
