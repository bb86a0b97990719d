package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoppable.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static io.shoppable.api.Catalogue.FASHION;
import static io.shoppable.api.Catalogue.GROCERIES;
import static io.shoppable.api.Catalogue.HOME;
import static io.shoppable.api.Catalogue.TECH;
import static org.assertj.core.api.Assertions.assertThat;

class FeedApiTest {

    private static final String FEED = "/api/v1/shoppable-videos/";
    private static final long SELLER = 900;

    @TempDir
    Path media;

    private ApiTestServer api;
    private String alice;
    private long product;
    private final Instant now = Instant.now();
    private final List<Long> fashion = new ArrayList<>();
    private final List<Long> tech = new ArrayList<>();

    @BeforeEach
    void start() {
        api = new ApiTestServer(media);
        alice = api.token(1, "alice", false);
        Catalogue.user(1, "alice");
        Catalogue.user(SELLER, "seller");
        product = Catalogue.product(SELLER);
        var old = now.minus(Duration.ofDays(10));
        for (int i = 0; i < 15; i++) {
            fashion.add(Catalogue.video(SELLER, product, FASHION, List.of("summer", "dress"), old.plusSeconds(i), 0));
            tech.add(Catalogue.video(SELLER, product, TECH, List.of("gadgets"), old.plusSeconds(i), 0));
            Catalogue.video(SELLER, product, HOME, List.of("sofa"), old.plusSeconds(i), 0.1 + i / 100.0);
        }
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_member_who_liked_fashion_videos_gets_fashion_in_the_interest_share() {
        for (int i = 0; i < 3; i++) {
            Catalogue.like(1, fashion.get(i), now.minus(Duration.ofDays(1)));
        }

        var feed = feed("?limit=10", alice, null);

        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(categories(feed.body()).stream().filter(id -> id == Catalogue.category(FASHION)).count())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void three_interactions_with_a_tech_video_in_a_session_bring_tech_to_the_top_of_the_next_request() {
        for (int i = 0; i < 5; i++) {
            Catalogue.like(1, fashion.get(i), now.minus(Duration.ofDays(2)));
        }
        assertThat(categories(feed("?limit=10", alice, null).body()).get(0)).isEqualTo(Catalogue.category(FASHION));

        long gadget = tech.get(0);
        interact(gadget, "{\"event_type\":\"product_view\"}");
        interact(gadget, "{\"event_type\":\"watch_time\",\"dwell_time\":20}");
        assertThat(api.postJson(FEED + gadget + "/like/", "{}", alice).status()).isEqualTo(200);

        var next = feed("?limit=10", alice, null);
        assertThat(categories(next.body()).get(0)).isEqualTo(Catalogue.category(TECH));
    }

    @Test
    void an_anonymous_session_reacts_to_its_own_interactions_by_its_session_header() {
        long gadget = tech.get(0);
        for (var event : List.of("{\"event_type\":\"product_view\"}", "{\"event_type\":\"cta_click\"}",
                "{\"event_type\":\"watch_time\",\"dwell_time\":25}")) {
            var request = HttpRequest.newBuilder(URI.create(api.url(FEED + gadget + "/track-interaction/")))
                    .header("Content-Type", "application/json").header("X-Session-Id", "browsing-1")
                    .POST(HttpRequest.BodyPublishers.ofString(event));
            assertThat(api.send(request).status()).isIn(200, 201);
        }

        var same = feed("?limit=10", null, "browsing-1");
        var other = feed("?limit=10", null, "browsing-2");

        assertThat(categories(same.body()).get(0)).isEqualTo(Catalogue.category(TECH));
        assertThat(categories(other.body())).doesNotContain(Catalogue.category(TECH));
    }

    @Test
    void the_feed_shows_only_active_videos_in_active_categories() {
        Catalogue.like(1, fashion.get(0), now.minus(Duration.ofDays(1)));
        Catalogue.deactivate(fashion.get(1));
        TestDatabase.jdbi().useHandle(handle -> handle.execute(
                "UPDATE video_categories SET is_active = false WHERE id = ?", Catalogue.category(TECH)));

        var ids = ids(feed("?limit=50", alice, null).body());

        assertThat(ids).isNotEmpty().doesNotContain(fashion.get(1)).doesNotContainAnyElementsOf(tech);
    }

    @Test
    void videos_by_followed_creators_appear() {
        long bob = 2;
        Catalogue.user(bob, "bob");
        Catalogue.user(3, "carol");
        var bobs = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            bobs.add(Catalogue.video(bob, product, GROCERIES, List.of("bread"), now.minus(Duration.ofDays(20)), 0));
        }
        Catalogue.follow(1, bob);
        // Enough newer, more trending videos that neither the trending nor the recency source reaches bob's.
        for (int i = 0; i < 60; i++) {
            Catalogue.video(SELLER, product, HOME, List.of("lamp"), now.minus(Duration.ofDays(5)), 0.3);
        }

        var followers = ids(feed("?limit=20", alice, null).body());
        var others = ids(feed("?limit=50", api.token(3, "carol", false), null).body());

        assertThat(followers).containsAll(bobs);
        assertThat(others).doesNotContainAnyElementsOf(bobs);
    }

    @Test
    void a_brand_new_upload_appears_for_a_cold_viewer() {
        for (int i = 0; i < 40; i++) {
            Catalogue.video(SELLER, product, HOME, List.of("lamp"), now.minus(Duration.ofDays(5)), 0.5);
        }
        long fresh = Catalogue.video(SELLER, product, GROCERIES, List.of("bread"), now.minus(Duration.ofMinutes(1)),
                0);

        var feed = feed("", null, "cold-visitor");

        assertThat(feed.status()).isEqualTo(200);
        assertThat(ids(feed.body())).hasSize(20).contains(fresh);
    }

    @Test
    void the_same_request_gives_the_same_feed_and_the_next_page_continues_it() {
        var first = feed("?limit=10", null, "visitor-1");
        var again = feed("?limit=10", null, "visitor-1");

        assertThat(ids(again.body())).isEqualTo(ids(first.body()));
        var link = first.header("Link");
        assertThat(link).matches("<http://127\\.0\\.0\\.1:\\d+/api/v1/shoppable-videos/\\?limit=10&cursor=[^>]+>; "
                + "rel=\"next\"");
        var next = api.send(HttpRequest.newBuilder(URI.create(link.substring(1, link.indexOf('>'))))
                .header("X-Session-Id", "visitor-1").GET());
        assertThat(ids(next.body())).hasSize(10).doesNotContainAnyElementsOf(ids(first.body()));
    }

    @Test
    void the_category_filter_restricts_every_share_to_that_category() {
        Catalogue.like(1, fashion.get(0), now.minus(Duration.ofDays(1)));
        long tech = Catalogue.category(TECH);

        var feed = feed("?category=" + tech + "&limit=20", alice, null);

        assertThat(categories(feed.body())).hasSize(15).containsOnly(tech);
    }

    @Test
    void the_feed_renders_full_videos_with_the_viewers_like_state() {
        Catalogue.like(1, fashion.get(0), now.minus(Duration.ofDays(1)));

        var feed = feed("?limit=50", alice, null).body();

        var liked = StreamSupport.stream(feed.spliterator(), false)
                .filter(video -> video.get("id").asLong() == fashion.get(0)).findFirst().orElseThrow();
        assertThat(liked.get("is_liked").asBoolean()).isTrue();
        assertThat(liked.get("category_details").get("name").asText()).isEqualTo(FASHION);
        assertThat(liked.has("trend_score")).isTrue();
    }

    @Test
    void a_limit_above_fifty_is_capped_and_a_bad_cursor_is_a_400() {
        for (int i = 0; i < 20; i++) {
            Catalogue.video(SELLER, product, HOME, List.of("lamp"), now.minus(Duration.ofDays(3)), 0);
        }

        assertThat(ids(feed("?limit=80", alice, null).body())).hasSize(50);
        assertThat(feed("?cursor=nonsense", alice, null).status()).isEqualTo(400);
        assertThat(feed("?limit=abc", alice, null).status()).isEqualTo(400);
    }

    @Test
    void a_feed_request_costs_a_constant_number_of_statements() {
        Catalogue.like(1, fashion.get(0), now.minus(Duration.ofDays(1)));
        feed("?limit=50", alice, null);
        api.takeStatementCount();

        feed("?limit=10", alice, null);
        int ten = api.takeStatementCount();
        feed("?limit=40", alice, null);
        int forty = api.takeStatementCount();

        // the viewer's signals (1) and the cards' counters, visibility and marks (1); the candidate lists, the
        // cards' bodies and categories come from the per-node caches the first (largest) request filled
        assertThat(forty).isEqualTo(ten).isEqualTo(2);
        feed("?limit=50", alice, null);
        assertThat(api.takeStatementCount()).as("a short page reads the seen-again fallback too (D62)").isEqualTo(3);
        feed("?limit=20", null, "anonymous-session");
        assertThat(api.takeStatementCount()).isEqualTo(2);
        feed("?limit=10&category=" + Catalogue.category(FASHION), alice, null);
        assertThat(api.takeStatementCount()).as("and the category check").isEqualTo(3);
    }

    @Test
    void a_cached_card_shows_the_latest_counters_title_and_likes_and_never_a_video_hidden_since() {
        var first = feed("?limit=50", alice, null).body();
        long shown = first.get(0).get("id").asLong();
        long hidden = first.get(1).get("id").asLong();
        var bob = api.token(2, "bob", false);
        Catalogue.user(2, "bob");

        assertThat(api.post(FEED + shown + "/like/", bob).status()).isEqualTo(200);
        assertThat(api.post(FEED + shown + "/like/", alice).status()).isEqualTo(200);
        Catalogue.execute("UPDATE videos SET title = 'Renamed' WHERE id = " + shown);
        Catalogue.execute("UPDATE videos SET is_hidden = true WHERE id = " + hidden);
        var again = feed("?limit=50", alice, null).body();

        var card = StreamSupport.stream(again.spliterator(), false)
                .filter(video -> video.get("id").asLong() == shown).findFirst().orElseThrow();
        assertThat(card.get("likes_count").asLong()).isEqualTo(2);
        assertThat(card.get("is_liked").asBoolean()).isTrue();
        assertThat(card.get("title").asText()).isEqualTo("Renamed");
        assertThat(ids(again)).doesNotContain(hidden);
        assertThat(ids(feed("?limit=50", null, "someone").body())).doesNotContain(hidden).contains(shown);
    }

    private void interact(long video, String body) {
        var response = api.postJson(FEED + video + "/track-interaction/", body, alice);
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
    }

    private ApiTestServer.Response feed(String query, String token, String session) {
        var request = HttpRequest.newBuilder(URI.create(api.url(FEED + query))).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (session != null) {
            request.header("X-Session-Id", session);
        }
        return api.send(request);
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(video -> video.get("id").asLong()).toList();
    }

    private static List<Long> categories(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(video -> video.get("category").asLong()).toList();
    }
}
