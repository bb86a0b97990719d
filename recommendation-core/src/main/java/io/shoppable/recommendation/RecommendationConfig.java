package io.shoppable.recommendation;

import java.time.Duration;
import java.util.Objects;

/**
 * Every constant of the recommendation engine in one place. {@link #spec()} gives the defaults; the
 * ones the product spec states (score points, session boost, decay, mix) are quoted from its
 * §Recommendation Algorithm, the others are documented in {@code docs/recommendation.md}.
 */
public record RecommendationConfig(SignalWeights signals, Profile profile, Session session, Pool pool,
                                   Scoring scoring, Mix mix, Feed feed, Related related, Trends trends,
                                   Quality quality) {

    public RecommendationConfig {
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(related, "related");
        Objects.requireNonNull(trends, "trends");
        Objects.requireNonNull(quality, "quality");
    }

    /** The issue-5 settings with the given feed-quality rules (seen exclusion, feedback, diversity). */
    public RecommendationConfig withQuality(Quality newQuality) {
        return new RecommendationConfig(signals, profile, session, pool, scoring, mix, feed, related, trends,
                newQuality);
    }

    /** The spec's values and our documented defaults for what it leaves open. */
    public static RecommendationConfig spec() {
        return new RecommendationConfig(SignalWeights.defaults(), Profile.defaults(), Session.defaults(),
                Pool.defaults(), Scoring.spec(), Mix.spec(), Feed.defaults(), Related.defaults(), Trends.defaults(),
                Quality.defaults());
    }

    /**
     * How much one event says about an interest, before time decay. A watch counts
     * {@code watch * min(seconds, watchCapSeconds) / watchCapSeconds}; under {@code minWatchSeconds}
     * it counts nothing (a swipe past is no interest).
     */
    public record SignalWeights(double like, double save, double follow, double productView, double addToCart,
                                double watch, double watchCapSeconds, double minWatchSeconds) {

        public SignalWeights {
            requireNonNegative("signal weights", like, save, follow, productView, addToCart, watch, minWatchSeconds);
            requirePositive("watchCapSeconds", watchCapSeconds);
        }

        public static SignalWeights defaults() {
            return new SignalWeights(1.0, 1.5, 1.0, 0.5, 2.0, 1.0, 30.0, 3.0);
        }
    }

    /**
     * What the profile keeps: the {@code topCategories} and {@code topTags} that count as a "match", built
     * from at most {@code historyLimit} events of the last {@code history}.
     */
    public record Profile(int topCategories, int topTags, Duration history, int historyLimit) {

        public Profile {
            requirePositive("topCategories", topCategories);
            requirePositive("topTags", topTags);
            requirePositive("history", history);
            requirePositive("historyLimit", historyLimit);
        }

        public static Profile defaults() {
            return new Profile(3, 10, Duration.ofDays(30), 500);
        }
    }

    /** The browsing session: the caller's activity in the last {@code window}; its categories get {@code boost}. */
    public record Session(Duration window, double boost) {

        public Session {
            requirePositive("window", window);
            requirePositive("boost", boost);
        }

        public static Session defaults() {
            return new Session(Duration.ofMinutes(30), 5.0);
        }
    }

    /** The candidate pool: at most {@code size} videos, each source proposing at most {@code perSource}. */
    public record Pool(int size, int perSource) {

        public Pool {
            requirePositive("size", size);
            requirePositive("perSource", perSource);
        }

        public static Pool defaults() {
            return new Pool(100, 50);
        }
    }

    /**
     * {@code score = category + tags + engagement + trend + random + freshness}: category match
     * {@code categoryMatch} (times the session boost), {@code tagMatch} per matching tag,
     * {@code views * viewWeight + likes * likeWeight + shares * shareWeight}, {@code trendWeight * trend_score},
     * a draw in {@code [0, maxRandom)}, and {@code freshnessBonus} when younger than {@code freshWindow}.
     */
    public record Scoring(double categoryMatch, double tagMatch, double viewWeight, double likeWeight,
                          double shareWeight, double trendWeight, double maxRandom, double freshnessBonus,
                          Duration freshWindow) {

        public Scoring {
            requireNonNegative("scoring", categoryMatch, tagMatch, viewWeight, likeWeight, shareWeight, trendWeight,
                    maxRandom, freshnessBonus);
            requirePositive("freshWindow", freshWindow);
        }

        public static Scoring spec() {
            return new Scoring(2.0, 1.5, 0.01, 1.0, 1.2, 4.0, 0.5, 1.0, Duration.ofHours(24));
        }
    }

    /** The shares of the feed: interest matches, global trending, discovery; they add up to 1. */
    public record Mix(double interest, double trending, double discovery) {

        public Mix {
            requireNonNegative("mix", interest, trending, discovery);
            if (Math.abs(interest + trending + discovery - 1.0) > 1e-9) {
                throw new IllegalArgumentException("mix shares must add up to 1");
            }
        }

        public static Mix spec() {
            return new Mix(0.6, 0.2, 0.2);
        }
    }

    /** Feed page sizes: {@code defaultLimit} items unless asked, at most {@code maxLimit}. */
    public record Feed(int defaultLimit, int maxLimit) {

        public Feed {
            requirePositive("defaultLimit", defaultLimit);
            if (maxLimit < defaultLimit) {
                throw new IllegalArgumentException("maxLimit must be at least defaultLimit");
            }
        }

        public static Feed defaults() {
            return new Feed(20, 50);
        }
    }

    /**
     * More-like-this and also-watched: {@code limit} results ranked by {@code sharedTag} per shared tag plus
     * {@code sameCategory}. Candidates are read in slices of at most {@code perSlice} videos (per tag, per tag
     * in the category, the category's hottest); co-engagement from at most {@code maxEngagers} people and
     * {@code perEngager} likes, saves and logged events of each, a watch counting from {@code minWatchSeconds}
     * (decision D70).
     */
    public record Related(int limit, int perSlice, double sharedTag, double sameCategory, int maxEngagers,
                          int perEngager, double minWatchSeconds) {

        public Related {
            requirePositive("limit", limit);
            requirePositive("perSlice", perSlice);
            requireNonNegative("related", sharedTag, sameCategory, minWatchSeconds);
            requirePositive("maxEngagers", maxEngagers);
            requirePositive("perEngager", perEngager);
        }

        public static Related defaults() {
            return new Related(10, 20, 1.5, 2.0, 100, 20, 3.0);
        }
    }

    /**
     * Trend scores: engagement in the last {@code window}, each event weighted by kind and halved every
     * {@code halfLife}, normalised so the hottest video is 1; recomputed every {@code refreshEvery}.
     */
    public record Trends(double view, double like, double save, double share, double addToCart, Duration window,
                         Duration halfLife, Duration refreshEvery) {

        public Trends {
            requireNonNegative("trend weights", view, like, save, share, addToCart);
            requirePositive("window", window);
            requirePositive("halfLife", halfLife);
            requirePositive("refreshEvery", refreshEvery);
        }

        public static Trends defaults() {
            return new Trends(1.0, 3.0, 4.0, 5.0, 6.0, Duration.ofHours(72), Duration.ofHours(24),
                    Duration.ofMinutes(10));
        }
    }

    /**
     * The feed-quality rules beyond the spec (decisions D38-D45, {@code docs/recommendation.md}):
     *
     * @param seenWindow   a video watched (a view, or a watch of at least the minimum seconds) this recently is not
     *                     shown again while unseen candidates remain
     * @param seenLimit    at most this many recently seen videos are read
     * @param muteFor      after "not interested", the video's creator and category are filtered out this long
     * @param recoverOver  then their scores recover linearly from 0 to full over this long
     * @param window       the diversity window: consecutive items counted together
     * @param perCreator   at most this many items by one creator in any window
     * @param perCategory  at most this many items of one category in any window (off under {@code ?category=})
     * @param maxServed    a feed session remembers at most this many served videos (the newest)
     * @param damping      how the spec's engagement term is damped (decision D43)
     */
    public record Quality(Duration seenWindow, int seenLimit, Duration muteFor, Duration recoverOver, int window,
                          int perCreator, int perCategory, int maxServed, Damping damping) {

        public Quality {
            requirePositive("seenWindow", seenWindow);
            requirePositive("seenLimit", seenLimit);
            requirePositive("muteFor", muteFor);
            requirePositive("recoverOver", recoverOver);
            requirePositive("window", window);
            requirePositive("perCreator", perCreator);
            requirePositive("perCategory", perCategory);
            requirePositive("maxServed", maxServed);
            Objects.requireNonNull(damping, "damping");
        }

        public static Quality defaults() {
            return new Quality(Duration.ofDays(7), 500, Duration.ofDays(14), Duration.ofDays(30), 10, 2, 4, 1000,
                    Damping.LOG);
        }

        /** The same rules with another engagement damping. */
        public Quality with(Damping other) {
            return new Quality(seenWindow, seenLimit, muteFor, recoverOver, window, perCreator, perCategory, maxServed,
                    other);
        }
    }

    /**
     * The engagement term's form. {@code SPEC}: the spec's {@code 0.01*views + 1.0*likes + 1.2*shares}, unbounded;
     * {@code LOG}: {@code ln(1 + that)}, so a popular video's counters cannot swamp the category and tag terms.
     */
    public enum Damping {
        SPEC,
        LOG;

        public double apply(double raw) {
            return this == LOG ? Math.log1p(raw) : raw;
        }
    }

    private static void requireNonNegative(String what, double... values) {
        for (double value : values) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(what + " must be finite and not negative");
            }
        }
    }

    private static void requirePositive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }

    private static void requirePositive(String what, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration");
        }
    }
}
