package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import static io.shoppable.api.Catalogue.FASHION;
import static io.shoppable.api.Catalogue.HOME;
import static io.shoppable.api.Catalogue.TECH;
import static org.assertj.core.api.Assertions.assertThat;

class RelatedVideosApiTest {

    private static final String VIDEOS = "/api/v1/shoppable-videos/";
    private static final long SELLER = 900;

    @TempDir
    Path media;

    private ApiTestServer api;
    private long product;
    private final Instant old = Instant.now().minus(Duration.ofDays(10));

    @BeforeEach
    void start() {
        api = new ApiTestServer(media);
        Catalogue.user(SELLER, "seller");
        product = Catalogue.product(SELLER);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void more_like_this_ranks_shared_tags_and_the_same_category_then_trend() {
        long target = video(FASHION, List.of("summer", "dress", "beach"), 0);
        long twoTags = video(TECH, List.of("summer", "dress"), 0);                 // 3.0
        long sameCategory = video(FASHION, List.of("winter"), 0);                  // 2.0
        long oneTagSameCategory = video(FASHION, List.of("beach"), 0);             // 3.5
        long hotterSameCategory = video(FASHION, List.of(), 0.9);                  // 2.0, hotter
        video(HOME, List.of("sofa"), 1.0);                                         // unrelated

        var response = api.get(VIDEOS + target + "/more-like-this/", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(ids(response.body())).containsExactly(oneTagSameCategory, twoTags, hotterSameCategory,
                sameCategory);
    }

    @Test
    void more_like_this_returns_at_most_ten_visible_videos_and_never_the_target() {
        long target = video(FASHION, List.of("summer"), 0);
        long hidden = video(FASHION, List.of("summer"), 1.0);
        Catalogue.deactivate(hidden);
        for (int i = 0; i < 12; i++) {
            video(FASHION, List.of("summer"), 0);
        }

        var ids = ids(api.get(VIDEOS + target + "/more-like-this/", null).body());

        assertThat(ids).hasSize(10).doesNotContain(target, hidden);
    }

    @Test
    void related_lists_of_an_unknown_video_are_404() {
        assertThat(api.get(VIDEOS + "999/more-like-this/", null).status()).isEqualTo(404);
        assertThat(api.get(VIDEOS + "999/also-watched/", null).status()).isEqualTo(404);
    }

    @Test
    void also_watched_ranks_what_the_targets_audience_engaged_with_by_distinct_people() {
        long target = video(FASHION, List.of("summer"), 0);
        long watchedByTwo = video(TECH, List.of("gadgets"), 0);
        long likedByOne = video(HOME, List.of("sofa"), 0);
        long hidden = video(HOME, List.of("lamp"), 0);
        for (long user = 1; user <= 2; user++) {
            var token = api.token(user, "user" + user, false);
            Catalogue.user(user, "user" + user);
            Catalogue.like(user, target, old);
            track(watchedByTwo, "{\"event_type\":\"watch_time\",\"dwell_time\":12}", token);
            Catalogue.like(user, hidden, old);
        }
        Catalogue.like(1, likedByOne, old);
        Catalogue.deactivate(hidden);

        var ids = ids(api.get(VIDEOS + target + "/also-watched/", null).body());

        assertThat(ids).startsWith(watchedByTwo, likedByOne).doesNotContain(target, hidden);
    }

    @Test
    void a_watch_under_three_seconds_is_not_engagement() {
        long target = video(FASHION, List.of("summer"), 0);
        long skipped = video(TECH, List.of("gadgets"), 0);
        Catalogue.user(1, "user1");
        Catalogue.like(1, target, old);
        track(skipped, "{\"event_type\":\"watch_time\",\"dwell_time\":2}", api.token(1, "user1", false));

        assertThat(ids(api.get(VIDEOS + target + "/also-watched/", null).body())).doesNotContain(skipped);
    }

    @Test
    void related_lists_of_a_taken_down_video_are_404_except_for_its_owner() {
        long target = video(FASHION, List.of("summer"), 0);
        long similar = video(FASHION, List.of("summer"), 0);
        Catalogue.deactivate(target);
        String owner = api.token(SELLER, "seller");
        String other = api.token(SELLER + 1, "other");

        for (String list : List.of("/more-like-this/", "/also-watched/")) {
            assertThat(api.get(VIDEOS + target + list, other).status()).isEqualTo(404);
            var response = api.get(VIDEOS + target + list, owner);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(ids(response.body())).containsExactly(similar);
        }
    }

    @Test
    void also_watched_falls_back_to_more_like_this_without_data() {
        long target = video(FASHION, List.of("summer"), 0);
        long similar = video(FASHION, List.of("summer"), 0);
        video(HOME, List.of("sofa"), 0);

        assertThat(ids(api.get(VIDEOS + target + "/also-watched/", null).body())).containsExactly(similar);
    }

    private void track(long video, String body, String token) {
        var response = api.postJson(VIDEOS + video + "/track-interaction/", body, token);
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    private long video(String category, List<String> tags, double trend) {
        return Catalogue.video(SELLER, product, category, tags, old, trend);
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(video -> video.get("id").asLong()).toList();
    }
}
