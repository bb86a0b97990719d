package io.shoppable.api;

import io.shoppable.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CreatorApiTest extends SocialApiTestCase {

    private List<String> handles(String query) {
        var results = api.get("/api/v1/creators/" + query, null).body().get("results");
        return results.findValuesAsText("handle");
    }

    private static String q(String text) {
        return "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void follow(long creator, String token) {
        assertThat(api.postJson("/api/v1/creators/" + creator + "/follow/", "", token).status()).isEqualTo(200);
    }

    @Test
    void creating_my_profile_answers_201_with_the_whole_profile_and_a_second_is_a_conflict() {
        var created = api.postJson("/api/v1/creators/", """
                {"handle": "@Alice_Shop", "display_name": "Alice's shop", "bio": "Hats",
                 "avatar": "https://cdn.example/a.png", "social_links": {"instagram": "https://instagram.com/a"},
                 "video_categories": [1, 3]}""", alice);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var profile = created.body();
        assertThat(profile.get("user").asLong()).isEqualTo(ALICE);
        assertThat(profile.get("username").asText()).isEqualTo("alice");
        assertThat(profile.get("handle").asText()).isEqualTo("@alice_shop");
        assertThat(profile.get("display_name").asText()).isEqualTo("Alice's shop");
        assertThat(profile.get("avatar").asText()).isEqualTo("https://cdn.example/a.png");
        assertThat(profile.get("social_links").get("instagram").asText()).isEqualTo("https://instagram.com/a");
        assertThat(profile.get("video_categories")).extracting(node -> node.asLong()).containsExactly(1L, 3L);
        assertThat(profile.get("is_verified").asBoolean()).isFalse();
        assertThat(profile.get("uploader_profile_url").asText())
                .isEqualTo(api.url("/api/v1/creators/" + profile.get("id").asLong() + "/"));
        assertThat(api.get("/api/v1/creators/" + profile.get("id").asLong() + "/", null).body()).isEqualTo(profile);
        assertThat(api.postJson("/api/v1/creators/", "{\"handle\":\"again\",\"display_name\":\"A\"}", alice)
                .status()).isEqualTo(409);
    }

    @Test
    void a_taken_handle_is_a_conflict_and_a_missing_one_a_400() {
        creator(alice, "shop");

        assertThat(api.postJson("/api/v1/creators/", "{\"handle\":\"shop\",\"display_name\":\"B\"}", bob).status())
                .isEqualTo(409);
        assertThat(api.postJson("/api/v1/creators/", "{\"display_name\":\"B\"}", bob).body().get("errors")
                .has("handle")).isTrue();
        long bobs = creator(bob, "bob_shop");
        assertThat(api.patchJson("/api/v1/creators/" + bobs + "/", "{\"handle\":\"shop\"}", bob).status())
                .isEqualTo(409);
    }

    @Test
    void search_matches_handle_display_name_or_username_ignoring_case() {
        creator(alice, "sunny");
        long bobs = creator(bob, "bob_shop");
        api.patchJson("/api/v1/creators/" + bobs + "/", "{\"display_name\":\"The SUN store\"}", bob);
        creator(carol, "carol_shop");

        assertThat(handles(q("SUN"))).containsExactlyInAnyOrder("@sunny", "@bob_shop");
        assertThat(handles(q("CAROL"))).containsExactly("@carol_shop");
    }

    @Test
    void search_takes_percent_and_underscore_literally() {
        creator(alice, "a_b");
        creator(bob, "axb");
        long carols = creator(carol, "carol");
        api.patchJson("/api/v1/creators/" + carols + "/", "{\"display_name\":\"100% cotton\"}", carol);

        assertThat(handles(q("a_b"))).containsExactly("@a_b");
        assertThat(handles(q("%"))).containsExactly("@carol");
    }

    @Test
    void search_sorts_by_followers_then_id_pages_and_has_the_spec_keys() {
        long aliceShop = creator(alice, "alice_shop");
        long bobShop = creator(bob, "bob_shop");
        long carolShop = creator(carol, "carol_shop");
        follow(carolShop, alice);
        follow(carolShop, bob);
        follow(bobShop, alice);

        var first = api.get("/api/v1/creators/?limit=2", null).body();
        var second = api.get("/api/v1/creators/?limit=2&offset=2", null).body();

        assertThat(first.get("count").asLong()).isEqualTo(3);
        assertThat(ids(first.get("results"))).containsExactly(carolShop, bobShop);
        assertThat(ids(second.get("results"))).containsExactly(aliceShop);
        assertThat(first.get("next").asText()).endsWith("limit=2&offset=2");
        assertThat(first.get("results").get(0).fieldNames()).toIterable().containsExactly("id", "user", "username",
                "handle", "display_name", "avatar", "follower_count", "posts_count", "views_count",
                "uploader_profile_url");
    }

    @Test
    void search_filters_by_video_category_and_by_product_category() {
        video(alice, 2, product(alice, 7L));
        video(bob, FASHION, product(bob, 8L));

        assertThat(api.get("/api/v1/creators/?video_category=2", null).body().get("results")
                .findValuesAsText("username")).containsExactly("alice");
        assertThat(api.get("/api/v1/creators/?category=8", null).body().get("results")
                .findValuesAsText("username")).containsExactly("bob");
        assertThat(api.get("/api/v1/creators/?category=8&q=alice", null).body().get("count").asLong()).isZero();
        assertThat(api.get("/api/v1/creators/?category=x", null).status()).isEqualTo(400);
    }

    @Test
    void only_the_owner_updates_and_only_an_admin_verifies() {
        long profile = creator(alice, "alice_shop");

        assertThat(api.patchJson("/api/v1/creators/" + profile + "/", "{\"bio\":\"New\"}", bob).status())
                .isEqualTo(403);
        assertThat(api.patchJson("/api/v1/creators/" + profile + "/", "{\"bio\":\"New\"}", alice).body()
                .get("bio").asText()).isEqualTo("New");
        assertThat(api.patchJson("/api/v1/creators/" + profile + "/", "{\"is_verified\":true}", alice).status())
                .isEqualTo(403);
        assertThat(api.patchJson("/api/v1/creators/" + profile + "/", "{\"is_verified\":true}", root).body()
                .get("is_verified").asBoolean()).isTrue();
        var replaced = putJson("/api/v1/creators/" + profile + "/", "{\"handle\":\"alice2\",\"display_name\":\"A\"}",
                alice).body();
        assertThat(replaced.get("handle").asText()).isEqualTo("@alice2");
        assertThat(replaced.get("bio").asText()).isEmpty();
        assertThat(replaced.get("is_verified").asBoolean()).isTrue();
    }

    @Test
    void following_a_creator_answers_the_state_and_the_count_and_my_own_profile_is_a_400() {
        long profile = creator(alice, "alice_shop");

        var followed = api.postJson("/api/v1/creators/" + profile + "/follow/", "", bob).body();
        var unfollowed = api.postJson("/api/v1/creators/" + profile + "/follow/", "", bob).body();

        assertThat(followed.get("following").asBoolean()).isTrue();
        assertThat(followed.get("follower_count").asLong()).isEqualTo(1);
        assertThat(unfollowed.get("following").asBoolean()).isFalse();
        assertThat(unfollowed.get("follower_count").asLong()).isZero();
        assertThat(api.postJson("/api/v1/creators/" + profile + "/follow/", "", alice).status()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/creators/999/follow/", "", bob).status()).isEqualTo(404);
    }

    @Test
    void followers_following_and_me_following_list_the_relations() {
        long aliceShop = creator(alice, "alice_shop");
        long bobShop = creator(bob, "bob_shop");
        follow(aliceShop, carol);
        follow(bobShop, carol);
        follow(aliceShop, bob);

        var followers = api.get("/api/v1/creators/" + aliceShop + "/followers/", null).body();
        assertThat(followers.get("results").findValuesAsText("follower_username")).containsExactly("bob", "carol");
        assertThat(ids(api.get("/api/v1/creators/" + bobShop + "/following/", null).body().get("results")))
                .containsExactly(aliceShop);
        assertThat(ids(api.get("/api/v1/creators/me_following/", carol).body().get("results")))
                .containsExactly(bobShop, aliceShop);
        assertThat(api.get("/api/v1/creators/me_following/", null).status()).isEqualTo(401);
    }

    @Test
    void a_creators_products_are_those_sold_or_featured_and_videos_only_the_active_ones_unless_the_owner_asks() {
        long sold = product(alice, null);
        long featured = product(bob, null);
        long active = video(alice, FASHION, featured);
        long takenDown = video(alice);
        api.delete("/api/v1/shoppable-videos/" + takenDown + "/", root);
        long profile = api.get("/api/v1/shoppable-videos/" + active + "/", null).body().get("creator").get("id")
                .asLong();

        assertThat(ids(api.get("/api/v1/creators/" + profile + "/products/", null).body().get("results")))
                .contains(sold, featured);
        assertThat(ids(api.get("/api/v1/creators/" + profile + "/videos/", bob).body().get("results")))
                .containsExactly(active);
        assertThat(api.get("/api/v1/creators/" + profile + "/videos/", null).body().get("results").get(0)
                .has("product")).isTrue();
    }

    @Test
    void the_owner_sees_their_taken_down_videos_on_their_creator_page() {
        long kept = video(alice);
        long hidden = video(alice);
        TestDatabase.jdbi().useHandle(handle -> handle
                .createUpdate("UPDATE videos SET is_active = false WHERE id = :id").bind("id", hidden).execute());
        long profile = api.get("/api/v1/shoppable-videos/" + kept + "/", null).body().get("creator").get("id")
                .asLong();

        assertThat(ids(api.get("/api/v1/creators/" + profile + "/videos/", alice).body().get("results")))
                .containsExactly(hidden, kept);
        assertThat(ids(api.get("/api/v1/creators/" + profile + "/videos/", bob).body().get("results")))
                .containsExactly(kept);
    }

    @Test
    void trending_is_a_plain_array_where_growth_and_verification_count() {
        long aliceShop = creator(alice, "alice_shop");
        long bobShop = creator(bob, "bob_shop");
        long carolShop = creator(carol, "carol_shop");
        api.patchJson("/api/v1/creators/" + carolShop + "/", "{\"is_verified\":true}", root);
        follow(bobShop, alice);
        follow(bobShop, carol);

        var trending = api.get("/api/v1/creators/trending/", null);

        assertThat(trending.status()).isEqualTo(200);
        assertThat(trending.body().isArray()).isTrue();
        // bob: ln 3 + 5 * 2/2 = 6.10; carol: 2 (verified); alice: 0
        assertThat(ids(trending.body())).containsExactly(bobShop, carolShop, aliceShop);
    }

    @Test
    void an_unknown_creator_is_a_404_and_a_bad_id_a_400() {
        assertThat(api.get("/api/v1/creators/999/", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/creators/abc/", null).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/creators/999/videos/", null).status()).isEqualTo(404);
    }
}
