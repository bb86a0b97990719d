package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class VideoApiTest extends ApiTestCase {

    private static final String VIDEOS = "/api/v1/shoppable-videos/";

    private String alice;
    private String bob;
    private String admin;
    private long hat;

    @BeforeEach
    void membersAndAProduct() {
        alice = api.token(42, "alice");
        bob = api.token(43, "bob");
        admin = api.token(1, "root", true);
        hat = api.createProduct(alice, "Sun Hat", "49.99", 5);
    }

    @Test
    void anyone_retrieves_an_active_video_and_anonymous_callers_see_it_neither_liked_nor_saved() {
        long id = api.createImagePost(alice, hat).get("id").asLong();
        api.post(VIDEOS + id + "/like/", alice);
        api.post(VIDEOS + id + "/save_video/", alice);

        var anonymous = api.get(VIDEOS + id + "/", null).body();
        var own = api.get(VIDEOS + id, alice).body();

        assertThat(anonymous.get("likes_count").asLong()).isEqualTo(1);
        assertThat(anonymous.get("is_liked").asBoolean()).isFalse();
        assertThat(anonymous.get("is_saved").asBoolean()).isFalse();
        assertThat(own.get("is_liked").asBoolean()).isTrue();
        assertThat(own.get("is_saved").asBoolean()).isTrue();
        assertThat(own.get("saves_count").asLong()).isEqualTo(1);
    }

    @Test
    void an_unknown_or_inactive_video_is_404_and_a_non_numeric_id_400() {
        long id = api.createImagePost(alice, hat).get("id").asLong();
        deactivate(id);

        assertProblem(api.get(VIDEOS + "999/", null), 404);
        assertProblem(api.get(VIDEOS + id + "/", bob), 404);
        assertProblem(api.get(VIDEOS + "abc/", null), 400, "id");
        assertProblem(api.get(VIDEOS + "-1/", null), 400, "id");
    }

    @Test
    void a_video_in_an_inactive_category_is_404_and_leaves_the_feed() {
        long id = api.createImagePost(alice, hat).get("id").asLong();
        api.sql(Long.class, "UPDATE video_categories SET is_active = false WHERE id = 1 RETURNING id");

        assertProblem(api.get(VIDEOS + id + "/", bob), 404);
        assertThat(api.get(VIDEOS, bob).body()).isEmpty();
        assertProblem(api.get(VIDEOS + "?category=1", bob), 404);
    }

    @Test
    void the_owner_still_sees_a_taken_down_video() {
        long id = api.createImagePost(alice, hat).get("id").asLong();
        deactivate(id);

        assertThat(api.get(VIDEOS + id + "/", alice).status()).isEqualTo(200);
    }

    @Test
    void the_owner_patches_details_and_gets_the_updated_video() {
        long scarf = api.createProduct(alice, "Scarf", "19.90", 5);
        long id = api.createImagePost(alice, hat).get("id").asLong();

        var patched = api.patchJson(VIDEOS + id + "/", api.json("title", "Autumn hat", "tags", List.of("autumn"),
                "category", 3, "additional_product_ids", List.of(scarf), "description", "Warm"), alice);

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        var video = patched.body();
        assertThat(video.get("title").asText()).isEqualTo("Autumn hat");
        assertThat(video.get("description").asText()).isEqualTo("Warm");
        assertThat(video.get("tags")).extracting(JsonNode::asText).containsExactly("autumn");
        assertThat(video.get("category_details").get("id").asLong()).isEqualTo(3);
        assertThat(video.get("additional_products")).extracting(p -> p.get("id").asLong()).containsExactly(scarf);
        assertThat(api.get(VIDEOS + id + "/", null).body().get("title").asText()).isEqualTo("Autumn hat");
    }

    @Test
    void fields_left_out_of_a_patch_keep_their_values() {
        long id = api.upload(alice, ApiTestServer.imageForm(hat).field("tags", "summer")).get("id").asLong();

        var video = api.patchJson(VIDEOS + id, api.json("description", "New"), alice).body();

        assertThat(video.get("title").asText()).isEqualTo("Summer hat");
        assertThat(video.get("tags")).extracting(JsonNode::asText).containsExactly("summer");
        assertThat(video.get("product").get("id").asLong()).isEqualTo(hat);
    }

    @Test
    void read_only_fields_in_a_patch_are_ignored() {
        long id = api.createImagePost(alice, hat).get("id").asLong();

        var video = api.patchJson(VIDEOS + id + "/", api.json("likes_count", 100, "views_count", 100,
                "trend_score", 9.5, "owner", 43, "is_verified", true, "title", "Still mine"), alice).body();

        assertThat(video.get("title").asText()).isEqualTo("Still mine");
        assertThat(video.get("likes_count").asLong()).isZero();
        assertThat(video.get("views_count").asLong()).isZero();
        assertThat(video.get("trend_score").asDouble()).isZero();
        assertThat(api.sql(Long.class, "SELECT owner_id FROM videos WHERE id = ?", id)).isEqualTo(42);
        assertThat(api.sql(Boolean.class, "SELECT is_verified FROM creator_profiles WHERE user_id = ?", 42L))
                .isFalse();
    }

    @Test
    void an_admin_may_patch_and_delete_anyones_video() {
        long id = api.createImagePost(alice, hat).get("id").asLong();

        assertThat(api.patchJson(VIDEOS + id + "/", api.json("title", "Moderated"), admin).status()).isEqualTo(200);
        assertThat(api.delete(VIDEOS + id + "/", admin).status()).isEqualTo(204);
    }

    @Test
    void another_member_may_neither_patch_nor_delete_a_video() {
        long id = api.createImagePost(alice, hat).get("id").asLong();

        assertProblem(api.patchJson(VIDEOS + id + "/", api.json("title", "Mine now"), bob), 403);
        assertProblem(api.delete(VIDEOS + id + "/", bob), 403);
        assertThat(api.get(VIDEOS + id + "/", null).body().get("title").asText()).isEqualTo("Summer hat");
    }

    @Test
    void patching_or_deleting_an_unknown_video_is_404() {
        assertProblem(api.patchJson(VIDEOS + "999/", api.json("title", "X"), alice), 404);
        assertProblem(api.delete(VIDEOS + "999/", alice), 404);
        assertProblem(api.delete(VIDEOS + "abc/", alice), 400, "id");
    }

    @Test
    void a_bad_patch_is_400_naming_the_field() {
        long id = api.createImagePost(alice, hat).get("id").asLong();
        var path = VIDEOS + id + "/";

        assertProblem(api.patchJson(path, api.json("product_id", 999), alice), 400, "product_id");
        assertProblem(api.patchJson(path, api.json("product_id", "hat"), alice), 400, "product_id");
        assertProblem(api.patchJson(path, api.json("product_id", 0), alice), 400, "product_id");
        assertProblem(api.patchJson(path, api.json("category", 999), alice), 400, "category");
        assertProblem(api.patchJson(path, api.json("category", 1.5), alice), 400, "category");
        assertProblem(api.patchJson(path, api.json("category", -2), alice), 400, "category");
        assertProblem(api.patchJson(path, api.json("title", ""), alice), 400, "title");
        assertProblem(api.patchJson(path, api.json("additional_product_ids", List.of("x")), alice), 400);
        assertProblem(api.patchJson(path, api.json("additional_product_ids", List.of(999)), alice), 400,
                "additional_product_ids");
        assertProblem(api.patchJson(path, "not json", alice), 400, "body");
        assertProblem(api.patchJson(path, api.json("title", "a\u0000b"), alice), 400, "title");
        assertProblem(api.patchJson(path, api.json("tags", List.of("a\u0000")), alice), 400, "tags");
        assertProblem(api.patchJson(path, "{\"category\": 99999999999999999999}", alice), 400, "category");
    }

    @Test
    void the_owner_deletes_a_video_and_it_is_gone() {
        long id = api.createImagePost(alice, hat).get("id").asLong();

        var deleted = api.delete(VIDEOS + id, alice);

        assertThat(deleted.status()).isEqualTo(204);
        assertProblem(api.get(VIDEOS + id + "/", alice), 404);
        assertThat(api.sql(Long.class, "SELECT posts_count FROM creator_profiles WHERE user_id = ?", 42L)).isZero();
    }

    @Test
    void the_feed_is_a_json_array_of_the_active_videos_in_full_video_json() {
        long first = api.createImagePost(alice, hat).get("id").asLong();
        long second = api.createImagePost(alice, hat).get("id").asLong();
        long hidden = api.createImagePost(alice, hat).get("id").asLong();
        deactivate(hidden);

        var feed = api.get(VIDEOS, null);

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body().isArray()).isTrue();
        assertThat(ids(feed.body())).containsExactlyInAnyOrder(first, second);
        assertThat(feed.body()).contains(api.get(VIDEOS + second + "/", null).body());
        assertThat(feed.header("Link")).isNull();
    }

    @Test
    void the_callers_own_uploads_come_only_after_everything_else() {
        long own = api.createImagePost(alice, hat).get("id").asLong();

        assertThat(ids(api.get(VIDEOS, alice).body())).containsExactly(own);

        long other = api.createImagePost(bob, api.createProduct(bob, "Scarf", "9.99", 5)).get("id").asLong();
        assertThat(ids(api.get(VIDEOS, alice).body())).containsExactly(other, own);
    }

    @Test
    void the_feed_shows_the_callers_likes() {
        long id = api.createImagePost(alice, hat).get("id").asLong();
        api.post(VIDEOS + id + "/like/", bob);

        assertThat(api.get(VIDEOS, bob).body().get(0).get("is_liked").asBoolean()).isTrue();
        assertThat(api.get(VIDEOS, alice).body().get(0).get("is_liked").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/shoppable-videos", null).body().get(0).get("is_liked").asBoolean()).isFalse();
    }

    @Test
    void the_feed_filters_by_category() {
        long fashion = api.createImagePost(alice, hat).get("id").asLong();
        long tech = api.upload(alice, ApiTestServer.imageForm(hat, 2)).get("id").asLong();

        assertThat(ids(api.get(VIDEOS + "?category=2", null).body())).containsExactly(tech);
        assertThat(ids(api.get(VIDEOS + "?category=1", null).body())).containsExactly(fashion);
        assertProblem(api.get(VIDEOS + "?category=fashion", null), 400, "category");
        assertProblem(api.get(VIDEOS + "?category=999", null), 404);
    }

    @Test
    void the_feed_pages_through_every_video_by_the_next_link_with_an_opaque_cursor() {
        var uploaded = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            uploaded.add(0, api.createImagePost(alice, hat).get("id").asLong());
        }

        var seen = new ArrayList<Long>();
        String path = VIDEOS + "?limit=2";
        int pages = 0;
        while (path != null) {
            var page = api.get(path, null);
            assertThat(page.body().size()).isLessThanOrEqualTo(2);
            seen.addAll(ids(page.body()));
            path = page.nextPath();
            pages++;
            if (path != null) {
                assertThat(path).contains("cursor=").contains("limit=2");
            }
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(uploaded);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void the_next_link_keeps_the_category_filter() {
        for (int i = 0; i < 3; i++) {
            api.upload(alice, ApiTestServer.imageForm(hat, 2));
        }
        api.createImagePost(alice, hat);

        var page = api.get(VIDEOS + "?category=2&limit=2", null);
        var next = api.get(page.nextPath(), null);

        assertThat(next.body()).hasSize(1);
        assertThat(next.body().get(0).get("category").asLong()).isEqualTo(2);
        assertThat(next.nextPath()).isNull();
    }

    @Test
    void bad_feed_parameters_are_400() {
        assertProblem(api.get(VIDEOS + "?limit=abc", null), 400, "limit");
        assertProblem(api.get(VIDEOS + "?limit=0", null), 400, "limit");
        assertProblem(api.get(VIDEOS + "?cursor=not-a-cursor", null), 400, "cursor");
    }

    @Test
    void the_owner_adds_items_to_a_collection_and_they_show_in_order() {
        long id = api.createCollection(alice, hat).get("id").asLong();

        var second = api.postMultipart(VIDEOS + id + "/add-item/", Multipart.form().field("order", "2")
                .file("file", "b.mp4", "video/mp4", Media.mp4(200))
                .file("thumbnail", "b.png", "image/png", Media.png(50)), alice);
        var first = api.postMultipart(VIDEOS + id + "/add-item", Multipart.form().field("order", "1")
                .file("file", "a.jpg", "image/jpeg", Media.jpeg(200)), alice);

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.body().fieldNames()).toIterable().containsExactly("id", "file", "thumbnail", "order");
        assertThat(second.body().get("file").asText()).startsWith(api.url("/media/videos/")).endsWith(".mp4");
        assertThat(second.body().get("thumbnail").asText()).startsWith(api.url("/media/images/"));
        assertThat(first.body().get("thumbnail").isNull()).isTrue();
        var items = api.get(VIDEOS + id + "/", null).body().get("items");
        assertThat(items).extracting(item -> item.get("order").asInt()).containsExactly(1, 2);
        assertThat(items.get(1)).isEqualTo(second.body());
    }

    @Test
    void only_the_owner_adds_items_and_a_refused_item_leaves_no_file() {
        long id = api.createCollection(alice, hat).get("id").asLong();
        int filesBefore = api.storedFiles().size();

        assertProblem(api.postMultipart(VIDEOS + id + "/add-item/", item(), bob), 403);
        assertProblem(api.postMultipart(VIDEOS + id + "/add-item/", item(), admin), 403);
        assertThat(api.storedFiles()).hasSize(filesBefore);
    }

    @Test
    void items_go_only_to_collections() {
        long image = api.createImagePost(alice, hat).get("id").asLong();
        int filesBefore = api.storedFiles().size();

        assertProblem(api.postMultipart(VIDEOS + image + "/add-item/", item(), alice), 400);
        assertProblem(api.postMultipart(VIDEOS + "999/add-item/", item(), alice), 404);
        assertProblem(api.postMultipart(VIDEOS + "abc/add-item/", item(), alice), 400, "id");
        assertThat(api.storedFiles()).hasSize(filesBefore);
    }

    @Test
    void a_bad_item_is_refused_naming_the_field() {
        long id = api.createCollection(alice, hat).get("id").asLong();
        var path = VIDEOS + id + "/add-item/";
        int filesBefore = api.storedFiles().size();

        assertProblem(api.postMultipart(path, Multipart.form().field("order", "1"), alice), 400, "file");
        assertProblem(api.postMultipart(path, Multipart.form().field("order", "first")
                .file("file", "a.png", "image/png", Media.png(10)), alice), 400, "order");
        assertProblem(api.postMultipart(path, Multipart.form().field("order", "-1")
                .file("file", "a.png", "image/png", Media.png(10)), alice), 400, "order");
        assertProblem(api.postMultipart(path, Multipart.form()
                .file("file", "a.png", "image/png", Media.html()), alice), 415, "file");
        assertProblem(api.postMultipart(path, Multipart.form().file("file", "a.png", "image/png",
                Media.png((int) ApiTestServer.LIMITS.maxImageBytes() + 1)), alice), 413, "file");
        assertThat(api.storedFiles()).hasSize(filesBefore);
    }

    private Multipart item() {
        return Multipart.form().field("order", "1").file("file", "a.png", "image/png", Media.png(10));
    }

    private void deactivate(long video) {
        api.sql(Long.class, "UPDATE videos SET is_active = false WHERE id = ? RETURNING id", video);
    }

    private static List<Long> ids(JsonNode videos) {
        var ids = new ArrayList<Long>();
        videos.forEach(video -> ids.add(video.get("id").asLong()));
        return ids;
    }
}
