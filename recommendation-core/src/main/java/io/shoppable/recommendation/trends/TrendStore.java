package io.shoppable.recommendation.trends;

import io.shoppable.domain.content.VideoId;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The port through which trend scores are computed from recent engagement and written back. */
public interface TrendStore {

    /** Engagement since {@code since}, counted per video, kind and hour, in one bounded read. */
    List<EngagementCount> engagementSince(Instant since);

    /**
     * Sets every video's trend score in one statement: the given scores, and 0 for every video not among
     * them. Returns the number of videos whose score changed.
     */
    int replaceScores(Map<VideoId, Double> scores);
}
