package io.shoppable.recommendation;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.mixing.Slot;
import io.shoppable.recommendation.scoring.ScoreBreakdown;
import io.shoppable.recommendation.signals.SourceKind;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A feed position explained: the video, the share it fills, the sources that proposed it, its score and the
 * human reasons it is there.
 */
public record RankedVideo(VideoId video, Slot slot, Set<SourceKind> sources, ScoreBreakdown score,
                          List<Reason> reasons) {

    public RankedVideo {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(score, "score");
        sources = Set.copyOf(sources);
        reasons = List.copyOf(reasons);
    }

    /** A position without worded reasons. */
    public RankedVideo(VideoId video, Slot slot, Set<SourceKind> sources, ScoreBreakdown score) {
        this(video, slot, sources, score, List.of());
    }

    /**
     * One line for logs and debugging:
     * {@code 12 interest via interest,similar_tags: 7.42 = category 2.00 + tags 3.00 + engagement 0.00 + trend 2.00
     * + random 0.42 + freshness 0.00}.
     */
    public String explain() {
        var via = sources.stream().sorted().map(SourceKind::label).collect(Collectors.joining(","));
        return String.format(Locale.ROOT, "%s %s via %s: %.2f = category %.2f + tags %.2f + engagement %.2f"
                        + " + trend %.2f + random %.2f + freshness %.2f", video, slot.label(), via, score.total(),
                score.category(), score.tags(), score.engagement(), score.trend(), score.random(), score.freshness());
    }
}
