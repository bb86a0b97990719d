package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.shoppable.persistence.TestDatabase;
import io.shoppable.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed-quality rules on constructed data: an infinite feed without repeats, seen exclusion, "not
 * interested" with recovery on an injected clock, diversity windows, the single visibility rule and
 * explanations.
 */
class FeedQualityApiTest {

    private static final String FEED = "/api/v1/shoppable-videos/";
    private static final long ALICE = 1;
    private static final int SELLERS = 20;
    private static final int CATEGORIES = 6;

    @TempDir
    Path media;

    private final MutableClock clock = MutableClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private ApiTestServer api;
    private String alice;
    private List<String> categories;
    private final Map<Long, Long> productOf = new HashMap<>();
    private final Map<Long, Long> ownerOf = new HashMap<>();
    private final Map<Long, String> categoryOf = new HashMap<>();

    @BeforeEach
    void start() {
        api = new ApiTestServer(media, clock);
        alice = api.token(ALICE, "alice");
        Catalogue.user(ALICE, "alice");
        categories = TestDatabase.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT name FROM video_categories WHERE is_active ORDER BY id LIMIT " + CATEGORIES)
                .mapTo(String.class).list());
        for (long seller = 100; seller < 100 + SELLERS; seller++) {
            Catalogue.user(seller, "seller" + seller);
            productOf.put(seller, Catalogue.product(seller));
        }
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void ten_pages_never_repeat_a_video_and_a_page_is_the_same_when_re_requested_for_members_and_anonymous() {
        marketplace(260);

        for (var token : new String[] {alice, null}) {
            var shown = new ArrayList<Long>();
            String path = FEED + "?limit=20";
            for (int page = 0; page < 10; page++) {
                var response = api.get(path, token);
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                assertThat(ids(response.body())).hasSize(20);
                assertThat(ids(api.get(path, token).body())).as("page %d again", page)
                        .isEqualTo(ids(response.body()));
                shown.addAll(ids(response.body()));
                path = response.nextPath();
                assertThat(path).as("page %d has a next link", page).isNotNull();
            }
            assertThat(shown).hasSize(200).doesNotHaveDuplicates();
        }
    }

    @Test
    void every_window_of_ten_has_no_consecutive_creator_at_most_two_per_creator_and_four_per_category() {
        var ids = marketplace(260);
        for (int i = 0; i < 6; i++) {
            Catalogue.like(ALICE, ids.get(i * CATEGORIES), clock.instant().minus(Duration.ofDays(1)));
        }

        var shown = new ArrayList<Long>();
        String path = FEED + "?limit=20";
        for (int page = 0; page < 5; page++) {
            var response = api.get(path, alice);
            shown.addAll(ids(response.body()));
            path = response.nextPath();
        }

        assertThat(shown).hasSize(100);
        for (int i = 1; i < shown.size(); i++) {
            assertThat(ownerOf.get(shown.get(i))).as("item %d", i).isNotEqualTo(ownerOf.get(shown.get(i - 1)));
        }
        for (int start = 0; start + 10 <= shown.size(); start++) {
            var window = shown.subList(start, start + 10);
            for (var owner : ownerOf.values()) {
                assertThat(window.stream().filter(id -> ownerOf.get(id).equals(owner)).count()).isLessThanOrEqualTo(2);
            }
            for (var category : categories) {
                assertThat(window.stream().filter(id -> categoryOf.get(id).equals(category)).count())
                        .as("window at %d, %s", start, category).isLessThanOrEqualTo(4);
            }
        }
    }

    @Test
    void the_category_rule_is_off_when_a_category_is_asked_for() {
        marketplace(260);
        long category = Catalogue.category(categories.get(0));

        var page = api.get(FEED + "?limit=20&category=" + category, alice);

        assertThat(ids(page.body())).hasSize(20)
                .allSatisfy(id -> assertThat(categoryOf.get(id)).isEqualTo(categories.get(0)));
    }

    @Test
    void watched_videos_come_back_only_when_unseen_ones_run_out_least_recently_seen_first() {
        var ids = marketplace(12);
        var watched = ids.subList(0, 9);
        for (int i = 0; i < watched.size(); i++) {
            Catalogue.view(ALICE, watched.get(i), clock.instant().minus(Duration.ofHours(20 - i)));
        }
        long watchedLongAgo = ids.get(9);
        Catalogue.view(ALICE, watchedLongAgo, clock.instant().minus(Duration.ofDays(8)));

        var page = ids(api.get(FEED + "?limit=6", alice).body());

        assertThat(page.subList(0, 3)).containsExactlyInAnyOrder(ids.get(9), ids.get(10), ids.get(11));
        assertThat(page.subList(3, 6)).containsExactly(watched.get(0), watched.get(1), watched.get(2));
    }

    @Test
    void not_interested_hides_the_video_for_good_and_mutes_its_creator_and_category_which_then_recover() {
        var ids = marketplace(40);
        long target = ids.get(0);
        long creator = ownerOf.get(target);
        String category = categoryOf.get(target);

        var marked = api.post(FEED + target + "/not-interested/", alice);

        assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        assertThat(marked.body().get("not_interested").asBoolean()).isTrue();
        var muted = ids(api.get(FEED + "?limit=50", alice).body());
        assertThat(muted).isNotEmpty().doesNotContain(target)
                .allSatisfy(id -> assertThat(ownerOf.get(id)).isNotEqualTo(creator))
                .allSatisfy(id -> assertThat(categoryOf.get(id)).isNotEqualTo(category));

        clock.advance(Duration.ofDays(29));
        var recovering = api.get(FEED + "?limit=50&explain=true", alice).body();
        assertThat(ids(recovering)).doesNotContain(target).anySatisfy(id -> assertThat(categoryOf.get(id))
                .isEqualTo(category));
        for (var item : recovering) {
            boolean related = categoryOf.get(item.get("id").asLong()).equals(category)
                    || ownerOf.get(item.get("id").asLong()) == creator;
            double feedback = item.get("explain").get("score").get("feedback").asDouble();
            if (related) {
                assertThat(feedback).as("half recovered").isNegative();
            } else {
                assertThat(feedback).isZero();
            }
        }

        clock.advance(Duration.ofDays(16));
        var recovered = api.get(FEED + "?limit=50&explain=true", alice).body();
        assertThat(ids(recovered)).doesNotContain(target).hasSize(39);
        assertThat(recovered).allSatisfy(item -> assertThat(item.get("explain").get("score").get("feedback")
                .asDouble()).isZero());
    }

    @Test
    void undoing_not_interested_brings_everything_back_and_the_endpoint_needs_a_member_and_a_video() {
        var ids = marketplace(30);
        long target = ids.get(0);
        api.post(FEED + target + "/not-interested", alice);

        var undone = api.delete(FEED + target + "/not-interested/", alice);

        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.body().get("not_interested").asBoolean()).isFalse();
        assertThat(ids(api.get(FEED + "?limit=50", alice).body())).contains(target).hasSize(30);
        assertProblem(api.post(FEED + target + "/not-interested/", null), 401);
        assertProblem(api.post(FEED + "999999/not-interested/", alice), 404);
        assertProblem(api.post(FEED + "abc/not-interested/", alice), 400);
    }

    @Test
    void one_visibility_rule_hides_inactive_hidden_and_unsellable_videos_everywhere_and_own_ones_come_last() {
        var ids = marketplace(8);
        long visible = ids.get(0);
        long inactive = ids.get(1);
        Catalogue.deactivate(inactive);
        long hidden = ids.get(2);
        Catalogue.execute("UPDATE videos SET is_hidden = true WHERE id = " + hidden);
        long soldOut = ids.get(3);
        Catalogue.execute("UPDATE products SET stock = 0 WHERE id = " + productOf.get(ownerOf.get(soldOut)));
        long withdrawn = ids.get(4);
        Catalogue.execute("UPDATE products SET is_active = false WHERE id = " + productOf.get(ownerOf.get(withdrawn)));
        long inClosedCategory = ids.get(5);
        Catalogue.execute("UPDATE video_categories SET is_active = false WHERE name = '"
                + categoryOf.get(inClosedCategory).replace("'", "''") + "'");
        long own = ids.get(6);
        Catalogue.execute("UPDATE videos SET owner_id = " + ALICE + " WHERE id = " + own);
        var invisible = List.of(inactive, hidden, soldOut, withdrawn, inClosedCategory);

        var alicesFeed = ids(api.get(FEED + "?limit=50", alice).body());
        assertThat(alicesFeed).contains(visible, ids.get(7)).doesNotContainAnyElementsOf(invisible);
        assertThat(alicesFeed).as("her own video only fills the page after everything else (D54)").endsWith(own);
        assertThat(ids(api.get(FEED + "?limit=50", null).body())).contains(visible, own)
                .doesNotContainAnyElementsOf(invisible);
        for (var id : invisible) {
            assertProblem(api.get(FEED + id + "/", null), 404);
            long category = Catalogue.category(categoryOf.get(id));
            var listed = api.get("/api/v1/shoppable-video-categories/" + category + "/videos/?limit=100", null);
            if (listed.status() == 200) {
                assertThat(ids(listed.body().get("results"))).doesNotContain(id);
            }
        }
        assertThat(ids(api.get(FEED + visible + "/more-like-this/", null).body()))
                .doesNotContainAnyElementsOf(invisible);
        assertThat(ids(api.get(FEED + visible + "/also-watched/", null).body()))
                .doesNotContainAnyElementsOf(invisible);
    }

    @Test
    void explain_gives_the_bucket_sources_score_terms_and_human_reasons() {
        var ids = marketplace(60);
        var fashion = ids.stream().filter(id -> categoryOf.get(id).equals(categories.get(0))).limit(3).toList();
        fashion.forEach(id -> Catalogue.like(ALICE, id, clock.instant().minus(Duration.ofDays(1))));

        var page = api.get(FEED + "?limit=10&explain=true", alice);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Link")).contains("explain=true");
        assertThat(page.body()).hasSize(10).allSatisfy(item -> {
            var explain = item.get("explain");
            assertThat(explain.get("bucket").asText()).isIn("interest", "trending", "discovery");
            assertThat(explain.get("sources")).isNotEmpty();
            var score = explain.get("score");
            double sum = 0;
            for (var term : List.of("category", "tags", "engagement", "trend", "random", "freshness", "feedback")) {
                sum += score.get(term).asDouble();
            }
            assertThat(score.get("total").asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.001));
            assertThat(explain.get("reasons")).isNotEmpty();
            assertThat(item.get("title")).isNotNull();
        });
        assertThat(page.body()).anySatisfy(item -> assertThat(reasons(item))
                .contains("You liked 3 videos in " + categories.get(0)));
        assertThat(api.get(FEED + "?limit=10", alice).body().get(0).has("explain")).isFalse();
        assertProblem(api.get(FEED + "?explain=maybe", alice), 400, "explain");
    }

    @Test
    void a_cursor_that_was_altered_is_a_400() {
        marketplace(30);
        var first = api.get(FEED + "?limit=5", null);
        var next = first.nextPath();
        var cursor = next.substring(next.indexOf("cursor=") + "cursor=".length()).split("&")[0];
        var altered = cursor.substring(0, 3) + (cursor.charAt(3) == 'A' ? 'B' : 'A') + cursor.substring(4);

        assertProblem(api.get(FEED + "?limit=5&cursor=" + altered, null), 400, "cursor");
        assertThat(api.get(next, null).status()).isEqualTo(200);
    }

    /**
     * {@code count} videos over 20 sellers and 6 categories, ten days old and a second apart, with spread
     * trend scores; returns their ids in creation order.
     */
    private List<Long> marketplace(int count) {
        var ids = new ArrayList<Long>();
        var start = clock.instant().minus(Duration.ofDays(10));
        for (int i = 0; i < count; i++) {
            long owner = 100 + i % SELLERS;
            var category = categories.get(i % CATEGORIES);
            long id = Catalogue.video(owner, productOf.get(owner), category, List.of("tag" + i % 7),
                    start.plusSeconds(i), (i % 13) / 13.0);
            ownerOf.put(id, owner);
            categoryOf.put(id, category);
            ids.add(id);
        }
        return ids;
    }

    private static List<Long> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(video -> video.get("id").asLong()).toList();
    }

    private static List<String> reasons(JsonNode item) {
        return StreamSupport.stream(item.get("explain").get("reasons").spliterator(), false)
                .map(JsonNode::asText).toList();
    }
}
