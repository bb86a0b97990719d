package io.shoppable.domain.engagement;

import io.shoppable.domain.catalog.CategoryRepository;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.user.Viewer;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Turns videos into {@link VideoCard}s for one viewer with a fixed number of batch reads, whatever
 * the number of videos: categories (cached), products, creators, and likes with saves are each fetched once.
 */
public final class VideoCards {

    private final CategoryRepository categories;
    private final ProductCatalog products;
    private final CreatorRepository creators;
    private final EngagementRepository engagement;
    private final CounterBuffer counters;

    public VideoCards(CategoryRepository categories, ProductCatalog products, CreatorRepository creators,
                      EngagementRepository engagement, CounterBuffer counters) {
        this.categories = categories;
        this.products = products;
        this.creators = creators;
        this.engagement = engagement;
        this.counters = counters;
    }

    /** Cards for {@code videos}, in the same order. */
    public List<VideoCard> of(Viewer viewer, List<Video> videos) {
        var marks = viewer.userId().filter(user -> !videos.isEmpty())
                .map(user -> engagement.marksAmong(user, videos.stream().map(Video::id).toList()))
                .orElse(EngagementRepository.Marks.none());
        return unmarked(videos).stream().map(card -> new VideoCard(card.video(), card.category(), card.product(),
                card.additionalProducts(), card.creator(), marks.liked().contains(card.video().id()),
                marks.saved().contains(card.video().id()))).toList();
    }

    /** Cards for {@code videos}, in the same order, as nobody in particular sees them: neither liked nor saved. */
    public List<VideoCard> unmarked(List<Video> videos) {
        if (videos.isEmpty()) {
            return List.of();
        }
        var categoryById = categories.findAll(videos.stream().map(video -> video.details().category()).toList());
        var productById = products.findAll(videos.stream()
                .flatMap(video -> video.details().allProducts().stream()).collect(toOrderedSet()));
        var creatorByUser = creators.findByUsers(videos.stream().map(Video::owner).collect(toOrderedSet()));
        return videos.stream().map(video -> new VideoCard(
                withPendingCounts(video),
                categoryById.get(video.details().category()),
                Optional.ofNullable(productById.get(video.details().product())),
                video.details().additionalProducts().stream().map(productById::get)
                        .filter(Objects::nonNull).toList(),
                Optional.ofNullable(creatorByUser.get(video.owner())),
                false, false)).toList();
    }

    /** The card of one video for the viewer. */
    public VideoCard of(Viewer viewer, Video video) {
        return of(viewer, List.of(video)).get(0);
    }

    /** Views and shares this node has acknowledged but not yet written count as they do in the view answer. */
    private Video withPendingCounts(Video video) {
        long views = counters.pendingViews(video.id());
        long shares = counters.pendingShares(video.id());
        if (views == 0 && shares == 0) {
            return video;
        }
        var stats = video.stats();
        return video.withStats(new VideoStats(stats.views() + views, stats.likes(), stats.shares() + shares,
                stats.saves()));
    }

    private static <T> Collector<T, ?, Collection<T>> toOrderedSet() {
        return Collectors.toCollection(LinkedHashSet::new);
    }
}
