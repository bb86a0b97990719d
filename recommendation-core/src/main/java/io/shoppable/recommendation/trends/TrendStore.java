package io.shoppable.recommendation.trends;

import io.shoppable.domain.content.VideoId;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/** The port through which trend scores are computed from recent engagement and written back. */
public interface TrendStore {

    /**
     * Engagement since {@code since}, counted per video, kind and hour, in one read, handed to {@code each} one
     * count at a time: at scale L there are millions, which must not be held in memory together.
     */
    void engagementSince(Instant since, Consumer<EngagementCount> each);

    /**
     * How far a stored score may be from the computed one before it is written again (decision D79): scores are
     * normalised by the largest, so any change of the hottest video's engagement moves every score a little, and
     * rewriting them all every run would rewrite most of a large catalogue every few minutes.
     */
    double TOLERANCE = 0.001;

    /**
     * Sets every video's trend score in one statement: the given scores, and 0 for every video not among
     * them, leaving a stored score that is within {@link #TOLERANCE} of its new value and is zero exactly when
     * the new value is. Returns the number of videos whose score it wrote.
     */
    int replaceScores(Map<VideoId, Double> scores);
}
