package io.shoppable.recommendation.profile;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.SessionContext;
import io.shoppable.recommendation.signals.SignalEvent;
import io.shoppable.recommendation.signals.Signals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage 1: turns a viewer's events into a {@link UserProfile}. Each event adds
 * {@code weight(kind) * 1 / (days_since + 1)} to its video's category and to each of its tags; each
 * followed creator weighs the follow weight; the session is the events of the last session window.
 */
public final class ProfileBuilder {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private final RecommendationConfig.SignalWeights weights;
    private final RecommendationConfig.Profile limits;
    private final RecommendationConfig.Session session;

    public ProfileBuilder(RecommendationConfig config) {
        this.weights = config.signals();
        this.limits = config.profile();
        this.session = config.session();
    }

    public String name() {
        return "profile";
    }

    public UserProfile build(Signals signals, Instant now) {
        // hash maps: the profile copies them, and its top lists break ties by key, not by map order
        var categories = new HashMap<CategoryId, Double>();
        var tags = new HashMap<String, Double>();
        var interesting = new ArrayList<SignalEvent>();
        for (var event : signals.events()) {
            var video = signals.videos().get(event.video());
            double weight = weight(event) * decay(event.at(), now);
            if (video == null || weight <= 0) {
                continue;
            }
            interesting.add(event);
            categories.merge(video.category(), weight, Double::sum);
            for (var tag : video.tags()) {
                tags.merge(tag, weight, Double::sum);
            }
        }
        var creators = new HashMap<UserId, Double>();
        signals.followed().forEach(creator -> creators.put(creator, weights.follow()));
        var context = SessionContext.of(interesting, signals.videos(), now, session.window());
        var matched = new LinkedHashSet<CategoryId>(topCategories(categories));
        matched.addAll(context.categories());
        return new UserProfile(categories, tags, creators, context, matched, UserProfile.top(tags, limits.topTags()));
    }

    /** The weight of one event before decay: its kind's weight; a watch in proportion to its length. */
    public double weight(SignalEvent event) {
        return switch (event.kind()) {
            case LIKE -> weights.like();
            case SAVE -> weights.save();
            case PRODUCT_VIEW -> weights.productView();
            case ADD_TO_CART -> weights.addToCart();
            case WATCH_TIME -> event.seconds() < weights.minWatchSeconds() ? 0
                    : weights.watch() * Math.min(event.seconds(), weights.watchCapSeconds())
                            / weights.watchCapSeconds();
        };
    }

    /** {@code 1 / (days_since + 1)} with fractional days; an event stamped after {@code now} counts as now. */
    public static double decay(Instant at, Instant now) {
        double days = Math.max(0, Duration.between(at, now).toMillis() / 1000.0 / SECONDS_PER_DAY);
        return 1.0 / (days + 1.0);
    }

    private Set<CategoryId> topCategories(Map<CategoryId, Double> categories) {
        return categories.entrySet().stream()
                .sorted(Map.Entry.<CategoryId, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(entry -> entry.getKey().value()))
                .limit(limits.topCategories())
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
