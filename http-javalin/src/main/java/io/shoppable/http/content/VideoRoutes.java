package io.shoppable.http.content;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.ContentType;
import io.shoppable.domain.content.Media;
import io.shoppable.domain.content.NewCarouselItem;
import io.shoppable.domain.content.Tags;
import io.shoppable.domain.content.Title;
import io.shoppable.domain.content.VideoDetails;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoUpload;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.http.Api;
import io.shoppable.http.Params;
import io.shoppable.http.Uploads;
import io.shoppable.http.Urls;

import java.util.List;
import java.util.Optional;

/**
 * {@code /api/v1/shoppable-videos/}: upload, retrieve, edit, delete, carousel items. The feed and related
 * videos are in {@code recommendation.RecommendationRoutes}.
 */
public final class VideoRoutes {

    private static final String VIDEOS = "/api/v1/shoppable-videos";
    private static final String VIDEO = VIDEOS + "/{id}";

    private final Api api;
    private final Params params;

    public VideoRoutes(Api api, Params params) {
        this.api = api;
        this.params = params;
    }

    public void register(RoutesConfig routes) {
        routes.post(VIDEOS, this::upload);
        routes.get(VIDEO, this::show);
        routes.patch(VIDEO, this::update);
        routes.delete(VIDEO, this::delete);
        routes.post(VIDEO + "/add-item", this::addItem);
    }

    /** Multipart upload: content_type, the media file its type needs, product, category and details. */
    private void upload(Context ctx) {
        var member = api.identity().member(ctx);
        var video = Uploads.within(ctx, api.media(), api.uploadLimits(), uploads -> {
            var type = ContentType.fromUser(uploads.text("content_type")
                    .orElseThrow(() -> Invalid.field("content_type", "is required")));
            var details = new VideoDetails(
                    Title.fromUser(uploads.text("title").orElseThrow(() -> Invalid.field("title", "is required"))),
                    uploads.text("description").orElse(""),
                    Tags.fromUser(uploads.list("tags")),
                    new CategoryId(id("category", uploads.text("category"))),
                    new ProductId(id("product_id", uploads.text("product_id"))),
                    ids("additional_product_ids", uploads.list("additional_product_ids")));
            var file = switch (type) {
                case VIDEO -> uploads.requiredFile("video_file", Uploads.Kind.VIDEO);
                case IMAGE, COLLECTION -> uploads.requiredFile("image_file", Uploads.Kind.IMAGE);
            };
            var thumbnail = uploads.file("thumbnail", Uploads.Kind.IMAGE);
            return api.videos().upload(member, new VideoUpload(Media.of(type, file), thumbnail, details));
        });
        ctx.status(201).json(VideoJson.from(ctx, api.cards().of(member, video)));
    }

    private void show(Context ctx) {
        var viewer = api.identity().viewer(ctx);
        var video = api.videos().requireVisible(viewer, videoId(ctx));
        ctx.json(VideoJson.from(ctx, api.cards().of(viewer, video)));
    }

    /** {@code PATCH} JSON with any of title, description, tags, category, product_id, additional_product_ids. */
    private void update(Context ctx) {
        var member = api.identity().member(ctx);
        var id = videoId(ctx);
        var body = params.body(ctx, VideoPatchJson.class);
        var current = api.videos().requireVisible(member, id).details();
        var details = new VideoDetails(
                body.title() == null ? current.title() : Title.fromUser(body.title()),
                body.description() == null ? current.description() : body.description(),
                body.tags() == null ? current.tags() : Tags.fromUser(body.tags()),
                body.category() == null ? current.category() : new CategoryId(body.category()),
                body.productId() == null ? current.product() : new ProductId(body.productId()),
                body.additionalProductIds() == null ? current.additionalProducts()
                        : body.additionalProductIds().stream().map(ProductId::new).toList());
        var video = api.videos().update(member, id, details);
        ctx.json(VideoJson.from(ctx, api.cards().of(member, video)));
    }

    private void delete(Context ctx) {
        api.videos().delete(api.identity().member(ctx), videoId(ctx));
        ctx.status(204);
    }

    /** Multipart: {@code file} (image or video), {@code order}, optional {@code thumbnail}. */
    private void addItem(Context ctx) {
        var member = api.identity().member(ctx);
        var id = videoId(ctx);
        var item = Uploads.within(ctx, api.media(), api.uploadLimits(), uploads -> {
            int order = uploads.text("order").map(VideoRoutes::order).orElse(0);
            var file = uploads.requiredFile("file", Uploads.Kind.VIDEO_OR_IMAGE);
            var thumbnail = uploads.file("thumbnail", Uploads.Kind.IMAGE);
            return api.videos().addItem(member, id, new NewCarouselItem(file, thumbnail, order));
        });
        ctx.status(201).json(new VideoJson.ItemJson(item.id().value(), Urls.media(ctx, item.file()),
                Urls.media(ctx, item.thumbnail()), item.order()));
    }

    private static VideoId videoId(Context ctx) {
        return new VideoId(Params.pathId(ctx, "id"));
    }

    private static long id(String field, Optional<String> raw) {
        return parseId(field, raw.orElseThrow(() -> Invalid.field(field, "is required")));
    }

    private static List<ProductId> ids(String field, List<String> raw) {
        return raw.stream().map(value -> new ProductId(parseId(field, value))).toList();
    }

    private static long parseId(String field, String raw) {
        try {
            long value = Long.parseLong(raw.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Invalid.field(field, "must be a positive integer");
    }

    private static int order(String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw Invalid.field("order", "must be an integer");
        }
    }

    record VideoPatchJson(String title, String description, List<String> tags, Long category, Long productId,
                          List<Long> additionalProductIds) {
    }
}
