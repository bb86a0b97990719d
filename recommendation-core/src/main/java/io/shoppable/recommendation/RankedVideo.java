package io.shoppable.recommendation;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.mixing.Slot;
import io.shoppable.recommendation.scoring.ScoreBreakdown;
import io.shoppable.recommendation.signals.SourceKind;

import java.util.Objects;
import java.util.Set;

/** A feed position explained: the video, the share it fills, the sources that proposed it, its score. */
public record RankedVideo(VideoId video, Slot slot, Set<SourceKind> sources, ScoreBreakdown score) {

    public RankedVideo {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(score, "score");
        sources = Set.copyOf(sources);
    }
}
