package io.shoppable.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryApiTest extends SocialApiTestCase {

    @Test
    void the_list_shows_active_categories_by_order_and_pages() {
        api.patchJson("/api/v1/shoppable-video-categories/2/", "{\"is_active\":false}", root);

        var page = api.get("/api/v1/shoppable-video-categories/?limit=3", null).body();

        assertThat(page.get("count").asLong()).isEqualTo(9);
        assertThat(page.get("results")).extracting(node -> node.get("name").asText())
                .containsExactly("Fashion & Style", "Home Decor", "Health & Beauty");
        assertThat(page.get("next").asText()).endsWith("limit=3&offset=3");
        assertThat(page.get("previous").isNull()).isTrue();
    }

    @Test
    void a_category_is_retrieved_and_an_inactive_or_unknown_one_is_not_found() {
        var fashion = api.get("/api/v1/shoppable-video-categories/1/", null);
        api.patchJson("/api/v1/shoppable-video-categories/2/", "{\"is_active\":false}", root);

        assertThat(fashion.body().get("name").asText()).isEqualTo("Fashion & Style");
        assertThat(fashion.body().get("is_active").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/shoppable-video-categories/2/", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/shoppable-video-categories/999/", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/shoppable-video-categories/abc/", null).status()).isEqualTo(400);
    }

    @Test
    void admins_create_update_and_delete_categories() {
        var created = api.postJson("/api/v1/shoppable-video-categories/",
                "{\"name\":\"Outdoor\",\"icon\":\"https://cdn.example/outdoor.png\",\"order\":0}", root);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("icon").asText()).isEqualTo("https://cdn.example/outdoor.png");

        var renamed = api.patchJson("/api/v1/shoppable-video-categories/" + id + "/", "{\"name\":\"Outdoors\"}", root);
        assertThat(renamed.body().get("name").asText()).isEqualTo("Outdoors");
        assertThat(renamed.body().get("order").asInt()).isZero();

        assertThat(api.delete("/api/v1/shoppable-video-categories/" + id + "/", root).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/shoppable-video-categories/" + id + "/", null).status()).isEqualTo(404);
    }

    @Test
    void a_taken_name_is_a_conflict_and_a_used_category_cannot_be_deleted() {
        video(alice);

        assertThat(api.postJson("/api/v1/shoppable-video-categories/", "{\"name\":\"Gifts\"}", root).status())
                .isEqualTo(409);
        assertThat(api.delete("/api/v1/shoppable-video-categories/1/", root).status()).isEqualTo(409);
    }

    @Test
    void category_videos_are_the_newest_active_videos_as_full_video_json() {
        long older = video(alice);
        long newer = video(bob);
        long elsewhere = video(alice, 2, product(alice, null));

        var page = api.get("/api/v1/shoppable-video-categories/1/videos/", alice).body();

        assertThat(ids(page.get("results"))).containsExactly(newer, older).doesNotContain(elsewhere);
        assertThat(page.get("results").get(0).has("is_liked")).isTrue();
        assertThat(page.get("results").get(0).get("category_details").get("id").asLong()).isEqualTo(1);
    }

    @Test
    void category_creators_are_those_who_post_in_it_or_list_it() {
        video(alice);
        long listing = creator(bob, "bob_lists");
        api.patchJson("/api/v1/creators/" + listing + "/", "{\"video_categories\":[1]}", bob);
        creator(carol, "carol_elsewhere");

        var page = api.get("/api/v1/shoppable-video-categories/1/creators/", null).body();

        assertThat(page.get("results")).extracting(node -> node.get("username").asText())
                .containsExactlyInAnyOrder("alice", "bob");
    }
}
