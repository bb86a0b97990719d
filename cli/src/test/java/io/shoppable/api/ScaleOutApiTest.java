package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static io.shoppable.api.Catalogue.FASHION;
import static io.shoppable.api.Catalogue.TECH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two stateless service nodes over one database, as docs/deployment.md runs them behind a load balancer:
 * whatever one node learns or hands out, the other honours on the very next request.
 */
class ScaleOutApiTest {

    private static final String FEED = "/api/v1/shoppable-videos/";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final long SELLER = 900;

    @TempDir
    Path mediaA;

    @TempDir
    Path mediaB;

    private ApiTestServer nodeA;
    private ApiTestServer nodeB;
    private final List<Long> tech = new ArrayList<>();

    @BeforeEach
    void start_two_nodes_on_one_database() {
        nodeA = new ApiTestServer(mediaA);
        nodeB = new ApiTestServer(mediaB);
        Catalogue.user(SELLER, "seller");
        long product = Catalogue.product(SELLER);
        var old = Instant.now().minus(Duration.ofDays(10));
        for (int i = 0; i < 15; i++) {
            Catalogue.video(SELLER, product, FASHION, List.of("dress"), old.plusSeconds(i), 0.2 + i / 100.0);
            tech.add(Catalogue.video(SELLER, product, TECH, List.of("gadgets"), old.plusSeconds(i), 0));
        }
    }

    @AfterEach
    void stop_both() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void a_session_boost_earned_on_one_node_ranks_the_next_feed_served_by_the_other() {
        long gadget = tech.get(0);
        for (var event : List.of("{\"event_type\":\"product_view\"}", "{\"event_type\":\"cta_click\"}",
                "{\"event_type\":\"watch_time\",\"dwell_time\":25}")) {
            var tracked = nodeA.send(nodeA.request(FEED + gadget + "/track-interaction/")
                    .header("Content-Type", "application/json").header("X-Session-Id", "shopper-1")
                    .POST(HttpRequest.BodyPublishers.ofString(event)));
            assertThat(tracked.status()).as(tracked.toString()).isIn(200, 201);
        }

        var fromB = nodeB.send(nodeB.request(FEED + "?limit=10").header("X-Session-Id", "shopper-1").GET());
        var stranger = nodeB.send(nodeB.request(FEED + "?limit=10").header("X-Session-Id", "shopper-2").GET());

        assertThat(categories(fromB.body()).get(0)).isEqualTo(Catalogue.category(TECH));
        assertThat(categories(stranger.body()).get(0)).isNotEqualTo(Catalogue.category(TECH));
    }

    @Test
    void a_cursor_handed_out_by_one_node_pages_on_the_other_exactly_as_on_the_first() {
        var alice = nodeA.token(1, "alice");
        var first = nodeA.get(FEED + "?limit=5", alice);
        var next = nextPath(first);

        var secondFromB = nodeB.get(next, alice);
        var secondFromA = nodeA.get(next, alice);

        assertThat(secondFromB.status()).isEqualTo(200);
        assertThat(ids(secondFromB.body())).hasSize(5).isEqualTo(ids(secondFromA.body()))
                .doesNotContainAnyElementsOf(ids(first.body()));
    }

    @Test
    void likes_and_views_sent_to_both_nodes_at_once_are_all_counted_and_both_nodes_agree() {
        long video = tech.get(3);
        int people = 20;
        for (int i = 1; i <= people; i++) {
            Catalogue.user(i, "viewer" + i);
        }

        var answers = Concurrently.run(people, i -> {
            var node = i % 2 == 0 ? nodeA : nodeB;
            var token = node.token(i + 1, "viewer" + (i + 1));
            node.post(FEED + video + "/view/", token);
            return node.post(FEED + video + "/like/", token);
        });

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        // Each node buffers views and writes them every quarter second (D47); write both now.
        nodeA.flushCounters();
        nodeB.flushCounters();
        var onA = nodeA.get(FEED + video + "/", null).body();
        var onB = nodeB.get(FEED + video + "/", null).body();
        assertThat(onA.get("likes_count").asLong()).isEqualTo(people);
        assertThat(onA.get("views_count").asLong()).isEqualTo(people);
        assertThat(onB.get("likes_count")).isEqualTo(onA.get("likes_count"));
        assertThat(onB.get("views_count")).isEqualTo(onA.get("views_count"));
    }

    @Test
    void a_session_balanced_to_both_nodes_counts_one_view_and_one_share_per_window() throws InterruptedException {
        String path = FEED + tech.get(4) + "/";
        awayFromAWindowBoundary();

        var answers = List.of(nodeA.postAsSession(path + "view/", "tab-7"),
                nodeB.postAsSession(path + "view/", "tab-7"), nodeB.postAsSession(path + "share/", "tab-7"),
                nodeA.postAsSession(path + "share/", "tab-7"));
        long counted = nodeA.flushCounters() + nodeB.flushCounters();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(counted).as("each node acknowledged one view and one share; one of each counts").isEqualTo(2);
        var onB = nodeB.get(path, null).body();
        assertThat(onB.get("views_count").asLong()).isEqualTo(1);
        assertThat(onB.get("shares_count").asLong()).isEqualTo(1);
        assertThat(nodeA.sql(Long.class, "SELECT count(*) FROM user_interactions WHERE video_id = ?", tech.get(4)))
                .isEqualTo(2);
    }

    /** Counting windows are fixed 30-second slices of time (D65); four requests fit well inside one. */
    private static void awayFromAWindowBoundary() throws InterruptedException {
        while (Instant.now().getEpochSecond() % 30 >= 27) {
            Thread.sleep(200);
        }
    }

    private static String nextPath(ApiTestServer.Response page) {
        var link = page.header("Link");
        assertThat(link).as("the first page links the next one").isNotNull();
        var matcher = NEXT.matcher(link);
        assertThat(matcher.find()).isTrue();
        var uri = URI.create(matcher.group(1));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static List<Long> ids(JsonNode feed) {
        return StreamSupport.stream(feed.spliterator(), false).map(video -> video.get("id").asLong()).toList();
    }

    private static List<Long> categories(JsonNode feed) {
        return StreamSupport.stream(feed.spliterator(), false).map(video -> video.get("category").asLong()).toList();
    }
}
