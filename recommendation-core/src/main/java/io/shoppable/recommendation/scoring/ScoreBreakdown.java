package io.shoppable.recommendation.scoring;

/**
 * One candidate's score, term by term: {@code total = category + tags + engagement + trend + random +
 * freshness}. Reading it tells why a video ranks where it does.
 */
public record ScoreBreakdown(double category, double tags, double engagement, double trend, double random,
                             double freshness) {

    public double total() {
        return category + tags + engagement + trend + random + freshness;
    }

    /** True when the video matches the viewer's interests by category or tag. */
    public boolean matchesInterests() {
        return category > 0 || tags > 0;
    }
}
