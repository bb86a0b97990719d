package io.shoppable.persistence.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.recommendation.signals.VideoFacts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user-independent candidate lists of the feed, as one node last read them (decision D60): the newest
 * and the hottest visible videos of the whole catalogue and of each active category, each in its source's
 * order and cut at a fixed depth. A list shorter than its depth holds every visible video it could.
 *
 * @param version the catalogue version (the {@code catalogue_version} sequence) the lists were read at
 * @param loadedAt {@link System#nanoTime()} when they were read
 */
record CatalogueLists(long version, long loadedAt, Ranked newest, Ranked trending,
                      Map<CategoryId, Ranked> newestIn, Map<CategoryId, Ranked> trendingIn) {

    /** How many of the newest visible videos are kept, overall and per category: the similar-tags scan and some. */
    static final int NEWEST_DEPTH = 1000;
    static final int CATEGORY_NEWEST_DEPTH = 600;
    /** How many of the hottest visible videos are kept, overall and per category. */
    static final int TRENDING_DEPTH = 300;
    static final int CATEGORY_TRENDING_DEPTH = 150;

    CatalogueLists {
        newestIn = Map.copyOf(newestIn);
        trendingIn = Map.copyOf(trendingIn);
    }

    /** The newest visible videos within the scope: the whole catalogue, or one category. */
    Ranked newest(Optional<CategoryId> category) {
        return category.map(id -> newestIn.getOrDefault(id, Ranked.EMPTY)).orElse(newest);
    }

    /** The hottest visible videos within the scope. */
    Ranked trending(Optional<CategoryId> category) {
        return category.map(id -> trendingIn.getOrDefault(id, Ranked.EMPTY)).orElse(trending);
    }

    /** The newest visible videos of one category (the interest source reads one list per interest category). */
    Ranked newestIn(CategoryId category) {
        return newestIn.getOrDefault(category, Ranked.EMPTY);
    }

    /**
     * One list in its source's order.
     *
     * @param complete true when the list holds every visible video of its scope (it was not cut at its depth)
     */
    record Ranked(List<VideoFacts> videos, boolean complete) {

        static final Ranked EMPTY = new Ranked(List.of(), true);

        Ranked {
            videos = List.copyOf(videos);
        }
    }
}
