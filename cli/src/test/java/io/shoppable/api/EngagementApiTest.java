package io.shoppable.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.Map;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class EngagementApiTest extends ApiTestCase {

    private static final int PARALLEL = 64;

    private String alice;
    private String bob;
    private long video;
    private String path;

    @BeforeEach
    void aVideo() {
        alice = api.token(42, "alice");
        bob = api.token(43, "bob");
        long hat = api.createProduct(alice, "Sun Hat", "49.99", 5);
        video = api.createImagePost(alice, hat).get("id").asLong();
        path = "/api/v1/shoppable-videos/" + video + "/";
    }

    @Test
    void like_toggles_and_answers_the_state_and_count() {
        var liked = api.post(path + "like/", bob);
        var unliked = api.post(path + "like", bob);

        assertThat(liked.status()).isEqualTo(200);
        assertThat(liked.body()).isEqualTo(api.tree("status", "success", "liked", true, "likes_count", 1));
        assertThat(unliked.body()).isEqualTo(api.tree("status", "success", "liked", false, "likes_count", 0));
        assertThat(likeRows()).isZero();
    }

    @Test
    void likes_from_several_members_add_up() {
        api.post(path + "like/", alice);

        var second = api.post(path + "like/", bob);

        assertThat(second.body().get("likes_count").asLong()).isEqualTo(2);
        assertThat(likeRows()).isEqualTo(2);
    }

    @Test
    void save_toggles_and_answers_the_state() {
        var saved = api.post(path + "save_video/", bob);

        assertThat(saved.body()).isEqualTo(api.tree("status", "success", "saved", true));
        assertThat(api.get(path, bob).body().get("saves_count").asLong()).isEqualTo(1);
        assertThat(api.post(path + "save_video", bob).body()).isEqualTo(api.tree("status", "success", "saved", false));
        assertThat(api.get(path, bob).body().get("saves_count").asLong()).isZero();
    }

    @Test
    void toggles_on_an_unknown_or_inactive_video_are_404_and_on_a_non_numeric_id_400() {
        deactivate();

        for (String action : new String[] {"like/", "save_video/"}) {
            assertProblem(api.post("/api/v1/shoppable-videos/999/" + action, bob), 404);
            assertProblem(api.post(path + action, bob), 404);
            assertProblem(api.post("/api/v1/shoppable-videos/x1/" + action, bob), 400, "id");
        }
    }

    @Test
    void a_view_counts_for_the_video_and_its_creator_and_needs_no_login() {
        var anonymous = api.post(path + "view/", null);
        var member = api.post(path + "view", bob);

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo(api.tree("status", "success", "views_count", 1));
        assertThat(member.body()).isEqualTo(api.tree("status", "success", "views_count", 2));
        assertThat(api.get(path, null).body().get("views_count").asLong()).as("pending views show").isEqualTo(2);
        api.flushCounters();
        assertThat(api.sql(Long.class, "SELECT views_count FROM creator_profiles WHERE user_id = ?", 42L))
                .isEqualTo(2);
        assertThat(api.get(path, null).body().get("views_count").asLong()).isEqualTo(2);
    }

    @Test
    void a_share_counts_and_needs_no_login() {
        assertThat(api.post(path + "share/", null).body()).isEqualTo(api.tree("status", "success", "shares_count", 1));
        assertThat(api.post(path + "share", bob).body()).isEqualTo(api.tree("status", "success", "shares_count", 2));
    }

    @Test
    void a_viewer_counts_once_per_video_within_thirty_seconds() {
        api.post(path + "view/", bob);
        api.postAsSession(path + "view/", "tab-1");

        assertThat(api.post(path + "view/", bob).body().get("views_count").asLong()).isEqualTo(2);
        assertThat(api.postAsSession(path + "view/", "tab-1").body().get("views_count").asLong()).isEqualTo(2);
        assertThat(api.post(path + "share/", bob).body().get("shares_count").asLong()).isEqualTo(1);
        assertThat(api.post(path + "share/", bob).body().get("shares_count").asLong()).isEqualTo(1);
        api.flushCounters();
        assertThat(api.sql(Long.class, "SELECT views_count FROM videos WHERE id = ?", video)).isEqualTo(2);
        assertThat(api.sql(Long.class, "SELECT count(*) FROM user_interactions WHERE video_id = ?", video))
                .isEqualTo(3);
    }

    @Test
    void views_and_shares_of_a_remembered_video_send_no_sql_and_a_tracked_event_sends_one_statement() {
        api.postAsSession(path + "view/", "tab-0");
        track(api.json("event_type", "cta_click"), bob);
        api.takeStatementCount();

        for (int i = 1; i <= 5; i++) {
            assertThat(api.postAsSession(path + "view/", "tab-" + i).status()).isEqualTo(200);
            assertThat(api.postAsSession(path + "share/", "tab-" + i).status()).isEqualTo(200);
        }
        assertThat(api.takeStatementCount()).as("views and shares are buffered; the video is remembered").isZero();
        assertThat(track(api.json("event_type", "cta_click"), bob).status()).isEqualTo(200);
        assertThat(api.takeStatementCount()).isEqualTo(1);
    }

    @Test
    void a_video_taken_down_by_its_owner_is_not_viewed_even_while_remembered() {
        assertThat(api.postAsSession(path + "view/", "tab-1").status()).isEqualTo(200);

        assertThat(api.delete(path, alice).status()).isIn(200, 204);

        assertProblem(api.postAsSession(path + "view/", "tab-2"), 404);
        assertProblem(api.postAsSession(path + "share/", "tab-2"), 404);
        assertProblem(track(api.json("event_type", "cta_click"), bob), 404);
    }

    @Test
    void views_and_shares_of_an_unknown_or_inactive_video_are_404() {
        deactivate();

        for (String action : new String[] {"view/", "share/"}) {
            assertProblem(api.post("/api/v1/shoppable-videos/999/" + action, null), 404);
            assertProblem(api.post(path + action, null), 404);
            assertProblem(api.post("/api/v1/shoppable-videos/abc/" + action, null), 400, "id");
        }
        api.flushCounters();
        assertThat(api.sql(Long.class, "SELECT views_count + shares_count FROM videos WHERE id = ?", video)).isZero();
    }

    @Test
    void every_trackable_event_is_captured_with_its_id() {
        for (String event : new String[] {"cta_click", "scroll_pause", "product_view"}) {
            var answer = track(api.json("event_type", event), bob);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.body().get("status").asText()).isEqualTo("captured");
            long id = answer.body().get("interaction_id").asLong();
            assertThat(api.sql(String.class, "SELECT event_type FROM user_interactions WHERE id = ?", id))
                    .isEqualTo(event);
        }
    }

    @Test
    void watch_time_is_stored_with_its_dwell_time_and_extra_data() {
        var answer = track(api.json("event_type", "watch_time", "dwell_time", 12.5,
                "extra_data", Map.of("position", 3), "unknown", "ignored"), bob);

        long id = answer.body().get("interaction_id").asLong();
        assertThat(api.sql(Double.class, "SELECT dwell_seconds FROM user_interactions WHERE id = ?", id))
                .isEqualTo(12.5);
        assertThat(api.sql(String.class, "SELECT extra_data::text FROM user_interactions WHERE id = ?", id))
                .isEqualTo("{\"position\": 3}");
        assertThat(api.sql(Long.class, "SELECT user_id FROM user_interactions WHERE id = ?", id)).isEqualTo(43);
        assertThat(api.sql(Long.class, "SELECT video_id FROM user_interactions WHERE id = ?", id)).isEqualTo(video);
    }

    @Test
    void dwell_time_may_be_anything_from_zero_to_a_day() {
        assertThat(track(api.json("event_type", "watch_time", "dwell_time", 0), bob).status()).isEqualTo(200);
        assertThat(track(api.json("event_type", "watch_time", "dwell_time", 86400), bob).status()).isEqualTo(200);
    }

    @Test
    void an_anonymous_interaction_is_tied_to_its_session_header() {
        var answer = api.send(api.request(path + "track-interaction/")
                .header("Content-Type", "application/json")
                .header("X-Session-Id", "tab-7f3a")
                .POST(HttpRequest.BodyPublishers.ofString(api.json("event_type", "cta_click"))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        long id = answer.body().get("interaction_id").asLong();
        assertThat(api.sql(String.class, "SELECT session_key FROM user_interactions WHERE id = ?", id))
                .contains("tab-7f3a");
        assertThat(api.sql(Long.class, "SELECT count(*) FROM user_interactions WHERE id = ? AND user_id IS NULL", id))
                .isEqualTo(1);
    }

    @Test
    void events_the_service_logs_itself_or_does_not_know_are_400() {
        for (String event : new String[] {"view", "like", "share", "add_to_cart_from_video", "WATCH_TIME", ""}) {
            assertProblem(track(api.json("event_type", event), bob), 400, "event_type");
        }
        assertProblem(track(api.json("dwell_time", 3), bob), 400, "event_type");
        assertThat(api.sql(Long.class, "SELECT count(*) FROM user_interactions")).isZero();
    }

    @Test
    void watch_time_needs_a_dwell_time_between_zero_and_a_day() {
        assertProblem(track(api.json("event_type", "watch_time"), bob), 400, "dwell_time");
        assertProblem(track(api.json("event_type", "watch_time", "dwell_time", -1), bob), 400, "dwell_time");
        assertProblem(track(api.json("event_type", "watch_time", "dwell_time", 86401), bob), 400, "dwell_time");
        assertProblem(track(api.json("event_type", "watch_time", "dwell_time", "12"), bob), 400, "dwell_time");
    }

    @Test
    void a_dwell_time_sent_with_another_event_must_still_be_in_range() {
        assertProblem(track(api.json("event_type", "scroll_pause", "dwell_time", -5), bob), 400, "dwell_time");
        assertThat(api.postJson(path + "track-interaction", api.json("event_type", "scroll_pause", "dwell_time", 2),
                bob).status()).isEqualTo(200);
    }

    @Test
    void extra_data_must_be_a_json_object_of_at_most_4_kb() {
        assertProblem(track(api.json("event_type", "cta_click", "extra_data", new int[] {1}), bob), 400, "extra_data");
        assertProblem(track(api.json("event_type", "cta_click", "extra_data", "text"), bob), 400, "extra_data");
        assertProblem(track(api.json("event_type", "cta_click", "extra_data", Map.of("note", "x".repeat(4100))), bob),
                400, "extra_data");
        assertProblem(track(api.json("event_type", "cta_click", "extra_data", Map.of("note", "\u0000")), bob),
                400, "extra_data");
        assertProblem(track(api.json("event_type", "cta_click", "extra_data", Map.of("\u0000", 1)), bob),
                400, "extra_data");
        assertThat(track(api.json("event_type", "cta_click", "extra_data", Map.of("note", "x".repeat(4000))), bob)
                .status()).isEqualTo(200);
    }

    @Test
    void tracking_on_an_unknown_or_inactive_video_is_404() {
        deactivate();

        assertProblem(api.postJson("/api/v1/shoppable-videos/999/track-interaction/",
                api.json("event_type", "cta_click"), bob), 404);
        assertProblem(track(api.json("event_type", "cta_click"), bob), 404);
    }

    @Test
    void parallel_likes_by_distinct_members_are_all_counted_exactly() {
        var likes = Concurrently.run(PARALLEL, i -> api.post(path + "like/", api.token(1000 + i, "fan" + i)));

        assertThat(likes).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        assertThat(likes).extracting(answer -> answer.body().get("likes_count").asLong())
                .doesNotHaveDuplicates().allSatisfy(count -> assertThat(count).isBetween(1L, (long) PARALLEL));
        assertThat(likesCount()).isEqualTo(PARALLEL).isEqualTo(likeRows());

        Concurrently.run(PARALLEL, i -> api.post(path + "like/", api.token(1000 + i, "fan" + i)));

        assertThat(likesCount()).isZero().isEqualTo(likeRows());
    }

    @Test
    void parallel_toggles_by_one_member_keep_the_counter_equal_to_the_rows() {
        api.get(path, bob);

        Concurrently.run(PARALLEL, i -> api.post(path + "like/", bob));
        Concurrently.run(PARALLEL, i -> api.post(path + "save_video/", bob));

        assertThat(likesCount()).isEqualTo(likeRows()).isBetween(0L, 1L);
        assertThat(api.sql(Long.class, "SELECT saves_count FROM videos WHERE id = ?", video))
                .isEqualTo(api.sql(Long.class, "SELECT count(*) FROM video_saves WHERE video_id = ?", video))
                .isBetween(0L, 1L);
    }

    @Test
    void parallel_saves_by_distinct_members_are_all_counted_exactly() {
        var saves = Concurrently.run(PARALLEL, i -> api.post(path + "save_video/", api.token(1000 + i, "fan" + i)));

        assertThat(saves).allSatisfy(answer -> assertThat(answer.body().get("saved").asBoolean()).isTrue());
        assertThat(api.sql(Long.class, "SELECT saves_count FROM videos WHERE id = ?", video)).isEqualTo(PARALLEL);
        assertThat(api.sql(Long.class, "SELECT count(*) FROM video_saves WHERE video_id = ?", video))
                .isEqualTo(PARALLEL);
    }

    @Test
    void parallel_views_and_shares_from_distinct_sessions_are_all_counted() {
        var views = Concurrently.run(PARALLEL, i -> api.postAsSession(path + "view/", "view-" + i));
        Concurrently.run(PARALLEL, i -> api.postAsSession(path + "share/", "share-" + i));

        assertThat(views).extracting(answer -> answer.body().get("views_count").asLong())
                .allSatisfy(count -> assertThat(count).isBetween(1L, (long) PARALLEL));
        api.flushCounters();
        var counted = api.get(path, null).body();
        assertThat(counted.get("views_count").asLong()).isEqualTo(PARALLEL);
        assertThat(counted.get("shares_count").asLong()).isEqualTo(PARALLEL);
        assertThat(api.sql(Long.class, "SELECT views_count FROM creator_profiles WHERE user_id = ?", 42L))
                .isEqualTo(PARALLEL);
    }

    private ApiTestServer.Response track(String body, String token) {
        return api.postJson(path + "track-interaction/", body, token);
    }

    private long likeRows() {
        return api.sql(Long.class, "SELECT count(*) FROM video_likes WHERE video_id = ?", video);
    }

    private long likesCount() {
        return api.sql(Long.class, "SELECT likes_count FROM videos WHERE id = ?", video);
    }

    private void deactivate() {
        api.sql(Long.class, "UPDATE videos SET is_active = false WHERE id = ? RETURNING id", video);
    }
}
