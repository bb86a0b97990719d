package io.shoppable.persistence.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.signals.SignalEvent;
import io.shoppable.recommendation.signals.SignalKind;
import io.shoppable.recommendation.signals.SignalQuery;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The interest, similar-tags, trending and recent sources cut from the cached {@link CatalogueLists} for one
 * viewer, exactly as the whole-feed statement computes them in SQL (decision D60): each list is walked in its
 * order, skipping what the session served, what the viewer saw lately or dismissed, their own videos and, under
 * {@code ?category=}, other categories. When a list was cut at its depth and runs out before its source is
 * full, the answer is empty and the caller computes every source in SQL instead.
 */
final class CachedSources {

    /** How many seed tags the similar-tags source matches. */
    static final int MAX_SEED_TAGS = 50;
    /** How many of the newest videos in scope the similar-tags source looks through (decision D50). */
    static final int TAG_SCAN = 500;
    private static final double SECONDS_PER_DAY = 86_400.0;

    private static final Comparator<VideoFacts> NEWEST_FIRST = CachedSources::newestFirst;
    private static final Comparator<VideoFacts> HOTTEST_FIRST = CachedSources::hottestFirst;

    private CachedSources() {
    }

    /**
     * The viewer's signals with the four user-independent sources added, or empty when a cached list cannot
     * fill its source.
     *
     * @param viewer   what the per-viewer statement read: events, follows, following and reseen proposals
     * @param excluded the videos the viewer saw lately or dismissed
     */
    static Optional<Signals> propose(SignalQuery query, Signals viewer, Set<VideoId> excluded, CatalogueLists lists) {
        var served = query.served();
        var caller = query.user().orElse(null);
        var inCategory = query.category().orElse(null);
        Predicate<VideoFacts> open = video -> !served.contains(video.id())
                && !excluded.contains(video.id())
                && !video.owner().equals(caller)
                && (inCategory == null || video.category().equals(inCategory));
        var proposed = new EnumMap<SourceKind, List<VideoFacts>>(SourceKind.class);
        int perSource = query.perSource();

        var recent = take(lists.newest(query.category()), open, perSource);
        var trending = take(lists.trending(query.category()), open, perSource);
        if (recent.isEmpty() || trending.isEmpty()) {
            return Optional.empty();
        }
        proposed.put(SourceKind.RECENT, recent.get());
        proposed.put(SourceKind.TRENDING, trending.get());

        var interesting = viewer.events().stream().filter(event -> event.kind() != SignalKind.WATCH_TIME
                || event.seconds() >= query.minWatchSeconds()).toList();
        var interest = new ArrayList<VideoFacts>();
        for (var category : interestCategories(query, interesting, viewer.videos())) {
            if (query.category().filter(scope -> !scope.equals(category)).isPresent()) {
                continue;
            }
            var newest = take(lists.newestIn(category), open, perSource);
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            interest.addAll(newest.get());
        }
        proposed.put(SourceKind.INTEREST, first(interest, NEWEST_FIRST, perSource));

        var seeds = seedTags(interesting, viewer.videos());
        if (!seeds.isEmpty()) {
            var scanned = take(lists.newest(query.category()), open, TAG_SCAN);
            if (scanned.isEmpty()) {
                return Optional.empty();
            }
            var matching = new ArrayList<VideoFacts>();
            for (var video : scanned.get()) {
                if (sharesATag(video, seeds)) {
                    matching.add(video);
                }
            }
            proposed.put(SourceKind.SIMILAR_TAGS, first(matching, HOTTEST_FIRST, perSource));
        }
        return Optional.of(merged(viewer, proposed));
    }

    /** The first {@code count} of {@code videos} in {@code order}; sorts {@code videos} in place. */
    private static List<VideoFacts> first(List<VideoFacts> videos, Comparator<VideoFacts> order, int count) {
        videos.sort(order);
        return List.copyOf(videos.subList(0, Math.min(count, videos.size())));
    }

    // Spelled out rather than composed from Comparator's combinators: they sort hundreds of videos per request.
    private static int newestFirst(VideoFacts a, VideoFacts b) {
        int byTime = b.createdAt().compareTo(a.createdAt());
        return byTime != 0 ? byTime : Long.compare(b.id().value(), a.id().value());
    }

    private static int hottestFirst(VideoFacts a, VideoFacts b) {
        int byTrend = Double.compare(b.trendScore(), a.trendScore());
        return byTrend != 0 ? byTrend : newestFirst(a, b);
    }

    private static boolean sharesATag(VideoFacts video, Set<String> seeds) {
        for (var tag : video.tags()) {
            if (seeds.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code count} open videos of the list, or empty when the list was cut before that many. */
    private static Optional<List<VideoFacts>> take(CatalogueLists.Ranked list, Predicate<VideoFacts> open,
                                                   int count) {
        var taken = new ArrayList<VideoFacts>(count);
        for (var video : list.videos()) {
            if (taken.size() == count) {
                break;
            }
            if (open.test(video)) {
                taken.add(video);
            }
        }
        return taken.size() < count && !list.complete() ? Optional.empty() : Optional.of(taken);
    }

    /**
     * The viewer's most engaged categories, weighted and decayed as the profile weighs them (the top
     * {@code interestCategories}, ties to the lower id), plus every category touched in the session.
     */
    private static Set<CategoryId> interestCategories(SignalQuery query, List<SignalEvent> interesting,
                                                      Map<VideoId, VideoFacts> videos) {
        var weights = new TreeMap<CategoryId, Double>(Comparator.comparingLong(CategoryId::value));
        var inSession = new LinkedHashSet<CategoryId>();
        for (var event : interesting) {
            var category = videos.get(event.video()).category();
            double days = Math.max(Duration.between(event.at(), query.now()).toNanos() / 1e9, 0) / SECONDS_PER_DAY;
            weights.merge(category, weight(query, event) / (days + 1), Double::sum);
            if (event.at().isAfter(query.sessionSince())) {
                inSession.add(category);
            }
        }
        var chosen = new LinkedHashSet<CategoryId>();
        weights.entrySet().stream()
                .sorted(Map.Entry.<CategoryId, Double>comparingByValue().reversed())
                .limit(query.interestCategories())
                .forEach(entry -> chosen.add(entry.getKey()));
        chosen.addAll(inSession);
        return chosen;
    }

    private static double weight(SignalQuery query, SignalEvent event) {
        var weights = query.weights();
        return switch (event.kind()) {
            case LIKE -> weights.like();
            case SAVE -> weights.save();
            case PRODUCT_VIEW -> weights.productView();
            case ADD_TO_CART -> weights.addToCart();
            case WATCH_TIME -> weights.watch() * Math.min(event.seconds(), weights.watchCapSeconds())
                    / weights.watchCapSeconds();
        };
    }

    /** The tags of what the viewer liked, saved or watched, newest first, at most {@link #MAX_SEED_TAGS}. */
    private static Set<String> seedTags(List<SignalEvent> interesting, Map<VideoId, VideoFacts> videos) {
        var seeds = new LinkedHashSet<String>();
        for (var event : interesting) {
            if (event.kind() == SignalKind.LIKE || event.kind() == SignalKind.SAVE
                    || event.kind() == SignalKind.WATCH_TIME) {
                for (var tag : videos.get(event.video()).tags()) {
                    if (seeds.size() == MAX_SEED_TAGS) {
                        return seeds;
                    }
                    seeds.add(tag);
                }
            }
        }
        return seeds;
    }

    /** The viewer's signals with the cached sources' proposals; the viewer statement's facts are the fresher. */
    private static Signals merged(Signals viewer, Map<SourceKind, List<VideoFacts>> cached) {
        var videos = new HashMap<VideoId, VideoFacts>();
        var proposals = new EnumMap<SourceKind, List<VideoId>>(SourceKind.class);
        cached.forEach((source, list) -> {
            list.forEach(video -> videos.put(video.id(), video));
            if (!list.isEmpty()) {
                proposals.put(source, list.stream().map(VideoFacts::id).toList());
            }
        });
        videos.putAll(viewer.videos());
        proposals.putAll(viewer.proposals());
        return new Signals(viewer.events(), viewer.followed(), proposals, videos, viewer.dismissals());
    }
}
