package io.shoppable.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Read-only fields sent with a write are ignored: counters, trend score, owner, status, verification. */
class MassAssignmentApiTest extends SocialApiTestCase {

    @Test
    void counters_trend_score_owner_and_status_sent_with_a_video_edit_are_ignored() {
        long video = video(alice);
        var path = "/api/v1/shoppable-videos/" + video + "/";

        var edited = api.patchJson(path, "{\"title\":\"Renamed\",\"likes_count\":999,\"views_count\":999,"
                + "\"shares_count\":999,\"saves_count\":999,\"trend_score\":1.0,\"owner\":" + BOB + ",\"user\":" + BOB
                + ",\"status\":\"removed\",\"is_active\":false,\"id\":12345}", alice);

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        var shown = api.get(path, null).body();
        assertThat(shown.get("title").asText()).isEqualTo("Renamed");
        assertThat(shown.get("id").asLong()).isEqualTo(video);
        assertThat(shown.get("likes_count").asLong()).isZero();
        assertThat(shown.get("views_count").asLong()).isZero();
        assertThat(shown.get("shares_count").asLong()).isZero();
        assertThat(shown.get("saves_count").asLong()).isZero();
        assertThat(shown.get("trend_score").asDouble()).isZero();
        assertThat(api.sql(Long.class, "SELECT owner_id FROM videos WHERE id = ?", video)).isEqualTo(ALICE);
    }

    @Test
    void counters_and_owner_sent_with_a_creator_profile_are_ignored() {
        var created = api.postJson("/api/v1/creators/", "{\"handle\":\"alice_shop\",\"display_name\":\"Alice\","
                + "\"follower_count\":500,\"posts_count\":9,\"views_count\":77,\"user\":" + BOB + ",\"id\":999}", alice);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().get("follower_count").asLong()).isZero();
        assertThat(created.body().get("posts_count").asLong()).isZero();
        assertThat(created.body().get("views_count").asLong()).isZero();
        assertThat(created.body().get("user").asLong()).isEqualTo(ALICE);
        assertThat(created.body().get("id").asLong()).isNotEqualTo(999);
    }

    @Test
    void a_listed_product_belongs_to_the_caller_whatever_the_body_says() {
        var created = api.postJson("/api/v1/products/", "{\"name\":\"Hat\",\"price\":9.99,\"stock\":1,"
                + "\"owner\":" + BOB + ",\"seller\":" + BOB + ",\"id\":777}", alice);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().get("id").asLong()).isNotEqualTo(777);
        assertThat(api.sql(Long.class, "SELECT seller_id FROM products WHERE id = ?", created.body().get("id").asLong()))
                .isEqualTo(ALICE);
    }
}
