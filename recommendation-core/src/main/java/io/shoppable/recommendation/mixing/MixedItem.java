package io.shoppable.recommendation.mixing;

import io.shoppable.recommendation.scoring.ScoredCandidate;

import java.util.Objects;

/** A feed position: the candidate and the share it fills. */
public record MixedItem(ScoredCandidate scored, Slot slot) {

    public MixedItem {
        Objects.requireNonNull(scored, "scored");
        Objects.requireNonNull(slot, "slot");
    }
}
