package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class VideoUploadApiTest extends ApiTestCase {

    private static final String VIDEOS = "/api/v1/shoppable-videos/";

    private String alice;
    private long hat;

    @BeforeEach
    void aProduct() {
        alice = api.token(42, "alice");
        hat = api.createProduct(alice, "Sun Hat", "49.99", 5);
    }

    @Test
    void an_image_upload_answers_201_with_the_video_as_a_get_returns_it() {
        var created = api.postMultipart(VIDEOS, Multipart.form()
                .field("content_type", "IMAGE")
                .field("title", "Summer hat")
                .field("category", "1")
                .field("product_id", Long.toString(hat))
                .field("tags", "summer")
                .field("tags", "hats")
                .file("image_file", "hat.mp4", "video/mp4", Media.png(100)), alice);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var video = created.body();
        assertThat(video.get("content_type").asText()).isEqualTo("IMAGE");
        assertThat(video.get("image_file").asText()).startsWith(api.url("/media/images/")).endsWith(".png");
        assertThat(video.get("video_file").isNull()).isTrue();
        assertThat(video.get("product").get("price").decimalValue()).isEqualByComparingTo("49.99");
        assertThat(video.get("creator").get("handle").asText()).isEqualTo("@alice");
        assertThat(video.get("tags")).extracting(JsonNode::asText).containsExactly("summer", "hats");
        var fetched = api.get(VIDEOS + video.get("id").asLong() + "/", null);
        assertThat(fetched.body()).isEqualTo(video);
    }

    @Test
    void a_video_upload_keeps_its_video_file_and_thumbnail_as_absolute_urls() {
        var video = api.upload(alice, Multipart.form()
                .field("content_type", "VIDEO")
                .field("title", "Try-on")
                .field("category", "2")
                .field("product_id", Long.toString(hat))
                .field("description", "How it fits")
                .file("video_file", "clip.png", "image/png", Media.mp4(1000))
                .file("thumbnail", "thumb.bin", "application/octet-stream", Media.jpeg(100)));

        assertThat(video.get("content_type").asText()).isEqualTo("VIDEO");
        assertThat(video.get("video_file").asText()).startsWith(api.url("/media/videos/")).endsWith(".mp4");
        assertThat(video.get("image_file").isNull()).isTrue();
        assertThat(video.get("thumbnail").asText()).startsWith(api.url("/media/images/")).endsWith(".jpg");
        assertThat(video.get("category").asLong()).isEqualTo(2);
        assertThat(video.get("category_details").get("name").asText()).isEqualTo("Electronics & Gadgets");
        assertThat(video.get("description").asText()).isEqualTo("How it fits");
    }

    @Test
    void a_collection_upload_has_its_cover_as_image_file_and_no_items_yet() {
        var video = api.createCollection(alice, hat);

        assertThat(video.get("content_type").asText()).isEqualTo("COLLECTION");
        assertThat(video.get("image_file").asText()).endsWith(".jpg");
        assertThat(video.get("items")).isEmpty();
    }

    @Test
    void the_new_video_carries_every_key_of_the_video_json() {
        var video = api.createImagePost(alice, hat);

        assertThat(video.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "category", "category_details",
                "title", "video_file", "product", "additional_products", "likes_count", "is_liked", "is_saved",
                "trend_score", "content_type", "image_file", "thumbnail", "items", "description", "tags",
                "views_count", "shares_count", "saves_count", "created_at", "creator", "uploader_profile_url");
        assertThat(video.get("category_details").fieldNames()).toIterable().containsExactly("id", "name", "icon");
        assertThat(video.get("product").fieldNames()).toIterable().containsExactly("id", "name", "price");
        assertThat(video.get("creator").fieldNames()).toIterable()
                .containsExactly("id", "handle", "display_name", "avatar");
        assertThat(video.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(video.get("uploader_profile_url").asText())
                .isEqualTo(api.url("/api/v1/creators/" + video.get("creator").get("id").asLong() + "/"));
    }

    @Test
    void additional_products_and_tags_may_be_repeated_parts_or_one_comma_separated_part() {
        long scarf = api.createProduct(alice, "Scarf", "19.90", 5);
        long bag = api.createProduct(alice, "Bag", "89.00", 5);

        var repeated = api.upload(alice, ApiTestServer.imageForm(hat)
                .field("additional_product_ids", Long.toString(scarf))
                .field("additional_product_ids", Long.toString(bag))
                .field("tags", "summer").field("tags", "beach"));
        var commaSeparated = api.upload(alice, ApiTestServer.imageForm(hat)
                .field("additional_product_ids", scarf + ", " + bag).field("tags", "summer,beach"));

        for (var video : new JsonNode[] {repeated, commaSeparated}) {
            assertThat(video.get("additional_products")).extracting(product -> product.get("id").asLong())
                    .containsExactly(scarf, bag);
            assertThat(video.get("additional_products").get(1).get("name").asText()).isEqualTo("Bag");
            assertThat(video.get("tags")).extracting(JsonNode::asText).containsExactly("summer", "beach");
        }
    }

    @Test
    void files_are_stored_under_server_generated_names_never_the_clients() {
        var video = api.upload(alice, Multipart.form()
                .field("content_type", "IMAGE").field("title", "Hat").field("category", "1")
                .field("product_id", Long.toString(hat))
                .file("image_file", "../../etc/my-holiday.php", "text/plain", Media.png(100)));

        var path = URI.create(video.get("image_file").asText()).getPath();
        assertThat(path).matches("/media/images/[0-9a-f]{32}\\.png");
        assertThat(api.storedFiles()).hasSize(1);
    }

    @Test
    void the_first_upload_gives_the_uploader_a_creator_profile_and_later_ones_reuse_it() {
        var first = api.createImagePost(alice, hat);
        var second = api.createImagePost(alice, hat);

        assertThat(first.get("creator").get("handle").asText()).isEqualTo("@alice");
        assertThat(second.get("creator")).isEqualTo(first.get("creator"));
        assertThat(api.sql(Long.class, "SELECT count(*) FROM creator_profiles WHERE user_id = ?", 42L)).isEqualTo(1);
        assertThat(api.sql(Long.class, "SELECT posts_count FROM creator_profiles WHERE user_id = ?", 42L))
                .isEqualTo(2);
    }

    @Test
    void parallel_first_uploads_by_one_member_all_succeed_under_one_creator_profile() {
        var newcomer = api.token(50, "newcomer");
        api.get("/api/v1/cart/", newcomer);

        var uploads = Concurrently.run(8, i -> api.postMultipart(VIDEOS, ApiTestServer.imageForm(hat), newcomer));

        assertThat(uploads).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        assertThat(api.sql(Long.class, "SELECT posts_count FROM creator_profiles WHERE user_id = ?", 50L))
                .isEqualTo(8);
    }

    @Test
    void members_whose_usernames_give_the_same_handle_get_distinct_handles_even_at_once() {
        var uploads = Concurrently.run(8, i -> api.postMultipart(VIDEOS, ApiTestServer.imageForm(hat),
                api.token(60 + i, i % 2 == 0 ? "Twin" : "twin")));

        assertThat(uploads).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(201));
        assertThat(uploads).extracting(answer -> answer.body().get("creator").get("handle").asText())
                .doesNotHaveDuplicates().contains("@twin");
    }

    @Test
    void read_only_fields_sent_as_form_fields_are_ignored() {
        var video = api.upload(alice, ApiTestServer.imageForm(hat)
                .field("likes_count", "100").field("views_count", "100").field("trend_score", "9.5")
                .field("owner", "7").field("is_verified", "true").field("shares_count", "5"));

        assertThat(video.get("likes_count").asLong()).isZero();
        assertThat(video.get("views_count").asLong()).isZero();
        assertThat(video.get("shares_count").asLong()).isZero();
        assertThat(video.get("trend_score").asDouble()).isZero();
        long id = video.get("id").asLong();
        assertThat(api.sql(Long.class, "SELECT owner_id FROM videos WHERE id = ?", id)).isEqualTo(42);
        assertThat(api.sql(Boolean.class, "SELECT is_verified FROM creator_profiles WHERE user_id = ?", 42L))
                .isFalse();
    }

    @Test
    void an_unknown_product_is_400_naming_it_and_leaves_no_file_behind() {
        var answer = api.postMultipart(VIDEOS, ApiTestServer.imageForm(999)
                .file("thumbnail", "t.png", "image/png", Media.png(50)), alice);

        assertProblem(answer, 400, "product_id");
        assertThat(api.storedFiles()).isEmpty();
        assertThat(api.sql(Long.class, "SELECT count(*) FROM videos")).isZero();
    }

    @Test
    void an_unknown_additional_product_is_400_naming_it_and_leaves_no_file_behind() {
        assertProblem(api.postMultipart(VIDEOS, ApiTestServer.imageForm(hat)
                .field("additional_product_ids", "999"), alice), 400, "additional_product_ids");
        assertThat(api.storedFiles()).isEmpty();
    }

    @Test
    void repeating_the_primary_product_among_the_additional_ones_is_400() {
        assertProblem(api.postMultipart(VIDEOS, ApiTestServer.imageForm(hat)
                .field("additional_product_ids", Long.toString(hat)), alice), 400, "additional_product_ids");
    }

    @Test
    void missing_or_non_numeric_ids_are_400_naming_the_field() {
        var product = Long.toString(hat);

        assertProblem(api.postMultipart(VIDEOS, imagePost("1", null), alice), 400, "product_id");
        assertProblem(api.postMultipart(VIDEOS, imagePost("1", "hat"), alice), 400, "product_id");
        assertProblem(api.postMultipart(VIDEOS, imagePost("fashion", product), alice), 400, "category");
        assertProblem(api.postMultipart(VIDEOS, imagePost(null, product), alice), 400, "category");
        assertProblem(api.postMultipart(VIDEOS, ApiTestServer.imageForm(hat)
                .field("additional_product_ids", "1x"), alice), 400, "additional_product_ids");
        assertThat(api.storedFiles()).isEmpty();
    }

    @Test
    void text_holding_a_nul_character_is_400_naming_the_field_and_leaves_no_file_behind() {
        assertProblem(api.postMultipart(VIDEOS, ApiTestServer.imageForm(hat).field("description", "a\u0000b"), alice),
                400, "description");
        assertProblem(api.postMultipart(VIDEOS, ApiTestServer.imageForm(hat).field("tags", "a\u0000b"), alice),
                400, "tags");
        assertThat(api.storedFiles()).isEmpty();
    }

    @Test
    void an_unknown_category_is_400_naming_it() {
        assertProblem(api.postMultipart(VIDEOS, imagePost("999", Long.toString(hat)), alice), 400, "category");
        assertThat(api.storedFiles()).isEmpty();
    }

    @Test
    void content_type_and_title_are_required() {
        assertProblem(api.postMultipart(VIDEOS, Multipart.form().field("title", "Hat").field("category", "1")
                .field("product_id", Long.toString(hat)), alice), 400, "content_type");
        assertProblem(api.postMultipart(VIDEOS, Multipart.form().field("content_type", "GIF")
                .field("title", "Hat").field("category", "1").field("product_id", Long.toString(hat)), alice),
                400, "content_type");
        assertProblem(api.postMultipart(VIDEOS, Multipart.form().field("content_type", "IMAGE")
                .field("category", "1").field("product_id", Long.toString(hat)), alice), 400, "title");
    }

    @Test
    void the_media_the_content_type_needs_is_required() {
        assertProblem(api.postMultipart(VIDEOS, form("VIDEO")
                .file("image_file", "a.png", "image/png", Media.png(10)), alice), 400, "video_file");
        assertProblem(api.postMultipart(VIDEOS, form("IMAGE")
                .file("video_file", "a.mp4", "video/mp4", Media.mp4(10)), alice), 400, "image_file");
        assertProblem(api.postMultipart(VIDEOS, form("COLLECTION"), alice), 400, "image_file");
        assertThat(api.storedFiles()).isEmpty();
    }

    @Test
    void an_image_in_video_file_or_a_video_in_image_file_is_400_naming_the_field() {
        assertProblem(api.postMultipart(VIDEOS, form("VIDEO")
                .file("video_file", "clip.mp4", "video/mp4", Media.png(100)), alice), 400, "video_file");
        assertProblem(api.postMultipart(VIDEOS, form("IMAGE")
                .file("image_file", "hat.png", "image/png", Media.mp4(100)), alice), 400, "image_file");
        assertProblem(api.postMultipart(VIDEOS, ApiTestServer.imageForm(hat)
                .file("thumbnail", "t.jpg", "image/jpeg", Media.mp4(100)), alice), 400, "thumbnail");
        assertThat(api.storedFiles()).isEmpty();
    }

    @Test
    void unrecognised_content_is_415_naming_the_field() {
        assertProblem(api.postMultipart(VIDEOS, form("IMAGE")
                .file("image_file", "hat.png", "image/png", Media.html()), alice), 415, "image_file");
        assertProblem(api.postMultipart(VIDEOS, form("VIDEO")
                .file("video_file", "clip.mp4", "video/mp4", Media.executable()), alice), 415, "video_file");
        assertThat(api.storedFiles()).isEmpty();
    }

    @Test
    void a_body_that_is_not_multipart_is_415() {
        assertProblem(api.postJson(VIDEOS, api.json("content_type", "IMAGE", "title", "Hat"), alice), 415);
    }

    @Test
    void files_over_the_size_limits_are_413_and_leave_nothing_behind() {
        int image = (int) ApiTestServer.LIMITS.maxImageBytes();
        int video = (int) ApiTestServer.LIMITS.maxVideoBytes();

        assertProblem(api.postMultipart(VIDEOS, form("IMAGE")
                .file("image_file", "big.png", "image/png", Media.png(image + 1)), alice), 413, "image_file");
        assertProblem(api.postMultipart(VIDEOS, form("VIDEO")
                .file("video_file", "big.mp4", "video/mp4", Media.mp4(video + 1)), alice), 413);
        assertProblem(api.postMultipart(VIDEOS, form("VIDEO")
                .file("video_file", "ok.mp4", "video/mp4", Media.mp4(1000))
                .file("thumbnail", "big.png", "image/png", Media.png(image + 1)), alice), 413, "thumbnail");
        assertThat(api.storedFiles()).isEmpty();
    }

    @Test
    void the_upload_path_works_without_the_trailing_slash() {
        assertThat(api.postMultipart("/api/v1/shoppable-videos", ApiTestServer.imageForm(hat), alice).status())
                .isEqualTo(201);
    }

    /** An IMAGE post with raw category and product values; a null leaves the field out. */
    private static Multipart imagePost(String category, String product) {
        var form = Multipart.form().field("content_type", "IMAGE").field("title", "Hat");
        if (category != null) {
            form.field("category", category);
        }
        if (product != null) {
            form.field("product_id", product);
        }
        return form.file("image_file", "a.png", "image/png", Media.png(10));
    }

    private Multipart form(String contentType) {
        return Multipart.form().field("content_type", contentType).field("title", "Hat").field("category", "1")
                .field("product_id", Long.toString(hat));
    }
}
