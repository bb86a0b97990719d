package io.shoppable.recommendation.scoring;

import io.shoppable.recommendation.candidates.Candidate;

import java.util.Comparator;
import java.util.Objects;

/**
 * A candidate with its score.
 *
 * @param personal true when it matches the viewer's interests or is by a creator they follow
 * @param fresh    true when it is younger than the freshness window
 */
public record ScoredCandidate(Candidate candidate, ScoreBreakdown score, boolean personal, boolean fresh) {

    /** Highest total first; equal totals by lower video id, so the order is total. */
    public static final Comparator<ScoredCandidate> BEST_FIRST = Comparator
            .comparingDouble((ScoredCandidate scored) -> scored.score().total()).reversed()
            .thenComparingLong(scored -> scored.candidate().video().id().value());

    public ScoredCandidate {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(score, "score");
    }
}
