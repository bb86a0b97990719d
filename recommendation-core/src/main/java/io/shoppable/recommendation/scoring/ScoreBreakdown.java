package io.shoppable.recommendation.scoring;

/**
 * One candidate's score, term by term: {@code total = category + tags + engagement + trend + random +
 * freshness + feedback}. Reading it tells why a video ranks where it does.
 *
 * @param feedback zero, or negative while the viewer's "not interested" in the video's creator or category
 *                 recovers: it removes the share of the other terms that has not recovered yet
 */
public record ScoreBreakdown(double category, double tags, double engagement, double trend, double random,
                             double freshness, double feedback) {

    /** The spec's six terms, without feedback. */
    public ScoreBreakdown(double category, double tags, double engagement, double trend, double random,
                          double freshness) {
        this(category, tags, engagement, trend, random, freshness, 0);
    }

    public double total() {
        return category + tags + engagement + trend + random + freshness + feedback;
    }

    /** True when the video matches the viewer's interests by category or tag. */
    public boolean matchesInterests() {
        return category > 0 || tags > 0;
    }

    /** This score scaled to {@code factor} (0 to 1) of itself, the difference shown as the feedback term. */
    public ScoreBreakdown recovering(double factor) {
        double before = total() - feedback;
        return new ScoreBreakdown(category, tags, engagement, trend, random, freshness, -(1 - factor) * before);
    }
}
