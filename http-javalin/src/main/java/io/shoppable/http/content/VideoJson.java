package io.shoppable.http.content;

import io.javalin.http.Context;
import io.shoppable.domain.content.CarouselItem;
import io.shoppable.domain.content.Media;
import io.shoppable.domain.engagement.VideoCard;
import io.shoppable.http.Urls;
import io.shoppable.http.catalog.CategoryJson;
import io.shoppable.http.creator.CreatorSummaryJson;
import io.shoppable.http.product.ProductJson;

import java.time.Instant;
import java.util.List;

/**
 * A video on the wire: the spec's example keys ({@code id, category, category_details, title,
 * video_file, product, additional_products, likes_count, is_liked, is_saved, trend_score}) plus the
 * rest of the model. Media fields are absolute URLs; a missing file is null.
 */
public record VideoJson(long id, String contentType, long category, CategoryJson.Details categoryDetails,
                        String title, String description, List<String> tags, String videoFile, String imageFile,
                        String thumbnail, List<ItemJson> items, ProductJson product,
                        List<ProductJson> additionalProducts, long likesCount, long viewsCount, long sharesCount,
                        long savesCount, boolean isLiked, boolean isSaved, double trendScore, Instant createdAt,
                        CreatorSummaryJson creator, String uploaderProfileUrl) {

    public static VideoJson from(Context ctx, VideoCard card) {
        var video = card.video();
        var details = video.details();
        var media = video.media();
        var stats = video.stats();
        return new VideoJson(
                video.id().value(),
                video.contentType().name(),
                details.category().value(),
                CategoryJson.Details.from(ctx, card.category()),
                details.title().value(),
                details.description(),
                details.tags().values(),
                media instanceof Media.OfVideo ? Urls.media(ctx, media.file()) : null,
                media instanceof Media.OfVideo ? null : Urls.media(ctx, media.file()),
                Urls.media(ctx, video.thumbnail()),
                video.items().stream().map(item -> ItemJson.from(ctx, item)).toList(),
                card.product().map(ProductJson::from).orElse(null),
                card.additionalProducts().stream().map(ProductJson::from).toList(),
                stats.likes(),
                stats.views(),
                stats.shares(),
                stats.saves(),
                card.liked(),
                card.saved(),
                video.trendScore(),
                video.createdAt(),
                card.creator().map(creator -> CreatorSummaryJson.from(ctx, creator)).orElse(null),
                card.creator().map(creator -> CreatorSummaryJson.profileUrl(ctx, creator)).orElse(null));
    }

    /** A carousel item: {@code {"id", "file", "thumbnail", "order"}}. */
    public record ItemJson(long id, String file, String thumbnail, int order) {

        static ItemJson from(Context ctx, CarouselItem item) {
            return new ItemJson(item.id().value(), Urls.media(ctx, item.file()), Urls.media(ctx, item.thumbnail()),
                    item.order());
        }
    }
}
