package io.shoppable.recommendation.signals;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.RecommendationConfig;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to load for one feed request.
 *
 * @param viewerKey          the session key: {@code user:<id>} for members, {@code session:<id>} or {@code ip:<addr>}
 * @param user               the member, whose likes, saves, follows and logged events count; empty for anonymous
 *                           callers, whose events are those logged under {@code viewerKey}
 * @param category           when present, every source proposes only videos of this category
 * @param historySince       events before this are ignored
 * @param sessionSince       events after this make up the session; the interest source also reads their categories
 * @param historyLimit       at most this many events, newest first
 * @param perSource          each source proposes at most this many videos
 * @param interestCategories the interest source reads the viewer's this-many most engaged categories
 * @param weights            the profile's signal weights, so the interest source ranks categories as the
 *                           profile will (a shorter watch than {@code minWatchSeconds} shows no interest)
 * @param served             videos this feed session already showed: no source proposes them
 * @param seenSince          videos the viewer watched since then are proposed only by {@link SourceKind#RESEEN}
 * @param seenLimit          at most this many recently seen videos are read
 * @param dismissedSince     "not interested" feedback since then is returned; a dismissed video is never proposed
 * @param reseen             whether to read the {@link SourceKind#RESEEN} fallback, which only fills a page that
 *                           fresh candidates could not (decision D62)
 */
public record SignalQuery(String viewerKey, Optional<UserId> user, Optional<CategoryId> category, Instant now,
                          Instant historySince, Instant sessionSince, int historyLimit, int perSource,
                          int interestCategories, RecommendationConfig.SignalWeights weights, Set<VideoId> served,
                          Instant seenSince, int seenLimit, Instant dismissedSince, boolean reseen) {

    public SignalQuery {
        Objects.requireNonNull(viewerKey, "viewerKey");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(historySince, "historySince");
        Objects.requireNonNull(sessionSince, "sessionSince");
        Objects.requireNonNull(weights, "weights");
        served = Set.copyOf(served);
        Objects.requireNonNull(seenSince, "seenSince");
        Objects.requireNonNull(dismissedSince, "dismissedSince");
        if (historyLimit < 1 || perSource < 1 || interestCategories < 1 || seenLimit < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** A query that reads the {@link SourceKind#RESEEN} fallback too. */
    public SignalQuery(String viewerKey, Optional<UserId> user, Optional<CategoryId> category, Instant now,
                       Instant historySince, Instant sessionSince, int historyLimit, int perSource,
                       int interestCategories, RecommendationConfig.SignalWeights weights, Set<VideoId> served,
                       Instant seenSince, int seenLimit, Instant dismissedSince) {
        this(viewerKey, user, category, now, historySince, sessionSince, historyLimit, perSource, interestCategories,
                weights, served, seenSince, seenLimit, dismissedSince, true);
    }

    /** The same query, reading the {@link SourceKind#RESEEN} fallback or not. */
    public SignalQuery withReseen(boolean read) {
        return new SignalQuery(viewerKey, user, category, now, historySince, sessionSince, historyLimit, perSource,
                interestCategories, weights, served, seenSince, seenLimit, dismissedSince, read);
    }

    /** A query for a fresh session: nothing served, nothing seen or dismissed before {@code now}. */
    public SignalQuery(String viewerKey, Optional<UserId> user, Optional<CategoryId> category, Instant now,
                       Instant historySince, Instant sessionSince, int historyLimit, int perSource,
                       int interestCategories, RecommendationConfig.SignalWeights weights) {
        this(viewerKey, user, category, now, historySince, sessionSince, historyLimit, perSource, interestCategories,
                weights, Set.of(), now, 1, now);
    }

    /** A shorter watch shows no interest and seeds no similar-tag search. */
    public double minWatchSeconds() {
        return weights.minWatchSeconds();
    }
}
