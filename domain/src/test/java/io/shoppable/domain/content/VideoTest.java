package io.shoppable.domain.content;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class VideoTest {

    private static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");
    private static final VideoDetails DETAILS = new VideoDetails(new Title("Hats"), "", Tags.none(), new CategoryId(1),
            new ProductId(1), List.of());

    private static CarouselItem item(long id, int order) {
        return new CarouselItem(new ItemId(id), new MediaRef("images/" + id + ".jpg"), Optional.empty(), order);
    }

    private static Video video(Media media, List<CarouselItem> items, double trendScore) {
        return new Video(new VideoId(1), new UserId(1), media, Optional.empty(), items, DETAILS, VideoStats.zero(),
                trendScore, true, T0);
    }

    @Test
    void a_collections_items_are_sorted_by_order_then_id() {
        var collection = new Media.OfCollection(new MediaRef("images/cover.jpg"));

        var video = video(collection, List.of(item(3, 2), item(2, 1), item(1, 2)), 0);

        assertThat(video.items()).containsExactly(item(2, 1), item(1, 2), item(3, 2));
        assertThat(video.contentType()).isEqualTo(ContentType.COLLECTION);
    }

    @Test
    void only_a_collection_has_carousel_items() {
        var single = new Media.OfVideo(new MediaRef("videos/a.mp4"));

        assertInvalid("items", () -> video(single, List.of(item(1, 0)), 0));
    }

    @Test
    void the_trend_score_is_a_finite_number_zero_or_more() {
        var single = new Media.OfImage(new MediaRef("images/a.jpg"));

        assertThat(video(single, List.of(), 0.85).trendScore()).isEqualTo(0.85);
        assertInvalid("trend_score", () -> video(single, List.of(), -0.1));
        assertInvalid("trend_score", () -> video(single, List.of(), Double.NaN));
        assertInvalid("trend_score", () -> video(single, List.of(), Double.POSITIVE_INFINITY));
    }

    @Test
    void ownership_is_by_user_id() {
        var video = video(new Media.OfImage(new MediaRef("images/a.jpg")), List.of(), 0);

        assertThat(video.isOwnedBy(new UserId(1))).isTrue();
        assertThat(video.isOwnedBy(new UserId(2))).isFalse();
    }

    @Test
    void media_of_a_content_type_is_its_variant() {
        var file = new MediaRef("images/a.jpg");

        assertThat(Media.of(ContentType.IMAGE, file)).isEqualTo(new Media.OfImage(file));
        assertThat(Media.of(ContentType.COLLECTION, file).type()).isEqualTo(ContentType.COLLECTION);
        assertThat(ContentType.fromUser(" video ")).isEqualTo(ContentType.VIDEO);
        assertInvalid("content_type", () -> ContentType.fromUser("GIF"));
    }

    @Test
    void the_primary_product_is_never_among_the_additional_ones_which_do_not_repeat() {
        var category = new CategoryId(1);
        var title = new Title("Hats");

        assertThat(new VideoDetails(title, "", Tags.none(), category, new ProductId(1),
                List.of(new ProductId(3), new ProductId(2))).allProducts())
                .containsExactly(new ProductId(1), new ProductId(3), new ProductId(2));
        assertInvalid("additional_product_ids", () -> new VideoDetails(title, "", Tags.none(), category,
                new ProductId(1), List.of(new ProductId(1))));
        assertInvalid("additional_product_ids", () -> new VideoDetails(title, "", Tags.none(), category,
                new ProductId(1), List.of(new ProductId(2), new ProductId(2))));
    }

    @Test
    void a_video_sells_at_most_20_additional_products() {
        var twentyOne = LongStream.rangeClosed(2, 22).mapToObj(ProductId::new).toList();

        assertInvalid("additional_product_ids", () -> new VideoDetails(new Title("Hats"), "", Tags.none(),
                new CategoryId(1), new ProductId(1), twentyOne));
    }
}
