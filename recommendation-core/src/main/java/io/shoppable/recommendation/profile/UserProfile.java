package io.shoppable.recommendation.profile;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.signals.SessionContext;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A viewer's interests: a decayed weight per category, per tag and per followed creator, the session's
 * categories, and which of them count as a "match" when scoring.
 *
 * @param matchedCategories the top categories by weight plus every category touched in the session
 * @param matchedTags       the top tags by weight
 */
public record UserProfile(Map<CategoryId, Double> categories, Map<String, Double> tags,
                          Map<UserId, Double> creators, SessionContext session, Set<CategoryId> matchedCategories,
                          Set<String> matchedTags) {

    public UserProfile {
        categories = Map.copyOf(categories);
        tags = Map.copyOf(tags);
        creators = Map.copyOf(creators);
        Objects.requireNonNull(session, "session");
        matchedCategories = Set.copyOf(matchedCategories);
        matchedTags = Set.copyOf(matchedTags);
    }

    /** True when nothing is known: no events and no follows (anonymous and cold-start viewers). */
    public boolean isCold() {
        return categories.isEmpty() && tags.isEmpty() && creators.isEmpty();
    }

    public boolean follows(UserId creator) {
        return creators.containsKey(creator);
    }

    /** The {@code n} heaviest keys, heaviest first, ties by natural order so the result is stable. */
    static <K extends Comparable<K>> Set<K> top(Map<K, Double> weights, int n) {
        return weights.entrySet().stream()
                .sorted(Map.Entry.<K, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
