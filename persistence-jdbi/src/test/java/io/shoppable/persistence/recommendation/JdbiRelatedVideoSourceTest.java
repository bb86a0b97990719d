package io.shoppable.persistence.recommendation;

import io.shoppable.domain.content.VideoId;
import io.shoppable.persistence.StatementCounter;
import io.shoppable.persistence.TestDatabase;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.related.MoreLikeThis;
import io.shoppable.recommendation.related.RelatedVideoSource.Engagement;
import io.shoppable.recommendation.related.RelatedVideoSource.Similarity;
import io.shoppable.recommendation.signals.CoEngagement;
import io.shoppable.recommendation.signals.VideoFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.shoppable.persistence.recommendation.CatalogueRows.category;
import static io.shoppable.persistence.recommendation.CatalogueRows.like;
import static io.shoppable.persistence.recommendation.CatalogueRows.save;
import static io.shoppable.persistence.recommendation.CatalogueRows.update;
import static org.assertj.core.api.Assertions.assertThat;

class JdbiRelatedVideoSourceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final Engagement ENGAGEMENT = new Engagement(3, 100, 20);

    private final StatementCounter statements = new StatementCounter();
    private final JdbiRelatedVideoSource source = new JdbiRelatedVideoSource(statements.jdbi());
    private long fashion;
    private long tech;
    private long product;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset();
        for (long user = 1; user <= 6; user++) {
            update("INSERT INTO users (id, username, created_at, updated_at) VALUES (" + user + ", 'u" + user
                    + "', now(), now()) RETURNING id");
        }
        fashion = category("Fashion", true);
        tech = category("Tech", true);
        product = update("INSERT INTO products (seller_id, name, price, stock) VALUES (2, 'Thing', 1, 100) "
                + "RETURNING id");
    }

    @Test
    void similar_videos_are_the_newest_per_tag_in_the_category_and_anywhere_and_the_hottest_of_the_category() {
        long target = video(fashion, List.of("summer", "dress"), minutes(100), 0);
        long oldSummerHere = video(fashion, List.of("summer"), minutes(90), 0);
        long newSummerHere = video(fashion, List.of("summer"), minutes(10), 0);
        long newerSummerHere = video(fashion, List.of("summer"), minutes(5), 0);
        long oldDressElsewhere = video(tech, List.of("dress"), minutes(80), 0);
        long newDressElsewhere = video(tech, List.of("dress"), minutes(20), 0);
        long newerDressElsewhere = video(tech, List.of("dress"), minutes(15), 0);
        long hotHere = video(fashion, List.of(), minutes(70), 0.9);
        long warmHere = video(fashion, List.of(), minutes(60), 0.5);
        long coldHere = video(fashion, List.of(), minutes(50), 0.1);
        long unrelated = video(tech, List.of("gadgets"), minutes(1), 1.0);

        var found = ids(source.similarTo(facts(target), slices(2)));

        // "summer" here and anywhere: the 2 newest; "dress" anywhere: the 2 newest; the category: the 2 hottest
        assertThat(found).containsExactlyInAnyOrder(newSummerHere, newerSummerHere, newDressElsewhere,
                newerDressElsewhere, hotHere, warmHere);
        assertThat(List.of(oldSummerHere, oldDressElsewhere, coldHere, unrelated)).doesNotContainAnyElementsOf(found);
        assertThat(statements.takeCount()).isEqualTo(1);
    }

    @Test
    void similar_videos_are_only_visible_ones() {
        long target = video(fashion, List.of("summer"), minutes(100), 0);
        long visible = video(fashion, List.of("summer"), minutes(50), 0);
        long hidden = video(fashion, List.of("summer"), minutes(10), 0);
        long inactive = video(fashion, List.of("summer"), minutes(5), 0);
        long outOfStock = video(fashion, List.of("summer"), minutes(4), 0);
        update("UPDATE videos SET is_hidden = true WHERE id = " + hidden + " RETURNING id");
        update("UPDATE videos SET is_active = false WHERE id = " + inactive + " RETURNING id");
        long emptyProduct = update("INSERT INTO products (seller_id, name, price, stock) VALUES (2, 'Gone', 1, 0) "
                + "RETURNING id");
        update("UPDATE videos SET product_id = " + emptyProduct + " WHERE id = " + outOfStock + " RETURNING id");

        assertThat(ids(source.similarTo(facts(target), slices(10)))).containsExactly(visible);
    }

    @Test
    void similar_videos_follow_edited_tags_and_categories_and_forget_deleted_videos() {
        long target = video(fashion, List.of("summer"), minutes(100), 0);
        long retagged = video(tech, List.of("gadgets"), minutes(50), 0);
        long moved = video(tech, List.of("winter"), minutes(40), 0);
        long deleted = video(tech, List.of("summer"), minutes(30), 0);

        update("UPDATE videos SET tags = '{summer}' WHERE id = " + retagged + " RETURNING id");
        update("UPDATE videos SET category_id = " + fashion + " WHERE id = " + moved + " RETURNING id");
        update("DELETE FROM videos WHERE id = " + deleted + " RETURNING id");

        assertThat(ids(source.similarTo(facts(target), slices(10)))).containsExactlyInAnyOrder(retagged, moved);
        assertThat(update("SELECT count(*) FROM video_tags WHERE video_id = " + deleted)).isZero();
    }

    @Test
    void co_engagement_counts_the_distinct_people_who_liked_saved_carted_or_watched_long_enough() {
        long target = video(fashion, List.of(), minutes(100), 0);
        long both = video(fashion, List.of(), minutes(90), 0);
        long one = video(fashion, List.of(), minutes(80), 0.5);
        long glanced = video(fashion, List.of(), minutes(70), 0);
        like(1, target, minutes(10));
        like(1, both, minutes(9));
        save(2, target, minutes(10));
        interaction(2, "user:2", both, "add_to_cart_from_video", null, minutes(8));
        interaction(null, "session:abc", target, "watch_time", 5.0, minutes(10));
        interaction(null, "session:abc", one, "watch_time", 3.0, minutes(7));
        interaction(null, "session:abc", glanced, "watch_time", 2.9, minutes(6));
        interaction(null, "session:abc", target, "view", null, minutes(5));
        interaction(3, "user:3", target, "view", null, minutes(5));
        interaction(3, "user:3", glanced, "add_to_cart_from_video", null, minutes(4));

        var found = source.coEngaged(new VideoId(target), ENGAGEMENT, 10);

        assertThat(people(found)).containsExactly(Map.entry(both, 2L), Map.entry(one, 1L));
        assertThat(found.get(0).video().id()).isEqualTo(new VideoId(both));
        assertThat(statements.takeCount()).isEqualTo(1);
    }

    @Test
    void co_engagement_reads_the_newest_engagers_and_their_newest_rows_only() {
        long target = video(fashion, List.of(), minutes(100), 0);
        long newestOfUser1 = video(fashion, List.of(), minutes(90), 0);
        long olderOfUser1 = video(fashion, List.of(), minutes(80), 0);
        long ofUser2 = video(fashion, List.of(), minutes(70), 0);
        like(1, target, minutes(10));
        like(1, newestOfUser1, minutes(5));
        like(1, olderOfUser1, minutes(30));
        like(2, target, minutes(50));
        like(2, ofUser2, minutes(40));

        // one engager (user 1, the most recent) and two likes of theirs: the target and their newest other
        var found = source.coEngaged(new VideoId(target), new Engagement(3, 1, 2), 10);

        assertThat(people(found)).containsExactly(Map.entry(newestOfUser1, 1L));
    }

    @Test
    void co_engagement_returns_at_most_the_limit_and_only_visible_videos() {
        long target = video(fashion, List.of(), minutes(100), 0);
        like(1, target, minutes(10));
        for (int i = 0; i < 5; i++) {
            like(1, video(fashion, List.of(), minutes(90 - i), 0), minutes(9 - i));
        }
        long hidden = video(fashion, List.of(), minutes(50), 1.0);
        like(1, hidden, minutes(1));
        update("UPDATE videos SET is_hidden = true WHERE id = " + hidden + " RETURNING id");

        var found = source.coEngaged(new VideoId(target), ENGAGEMENT, 3);

        assertThat(found).hasSize(3);
        assertThat(ids(found.stream().map(CoEngagement::video).toList())).doesNotContain(hidden, target);
    }

    @Test
    void a_target_is_found_only_while_everyone_may_see_it() {
        long shown = video(fashion, List.of("summer"), minutes(10), 0.5);
        long hidden = video(fashion, List.of("summer"), minutes(5), 0);
        update("UPDATE videos SET is_hidden = true WHERE id = " + hidden + " RETURNING id");

        assertThat(source.visible(new VideoId(shown))).contains(facts(shown));
        assertThat(source.visible(new VideoId(hidden))).isEmpty();
        assertThat(source.visible(new VideoId(999_999))).isEmpty();
        assertThat(statements.takeCount()).isEqualTo(3);
    }

    @Test
    void similar_videos_are_the_best_ranked_visible_ones_when_fewer_are_wanted() {
        long target = video(fashion, List.of("summer", "dress"), minutes(100), 0);
        var candidates = new ArrayList<Long>();
        for (int i = 0; i < 12; i++) {
            var tags = i % 3 == 0 ? List.of("summer", "dress") : i % 3 == 1 ? List.of("dress") : List.of("beach");
            candidates.add(video(i % 2 == 0 ? fashion : tech, tags, minutes(90 - i), (i % 4) / 4.0));
        }
        long best = candidates.get(0);
        update("UPDATE videos SET is_hidden = true WHERE id = " + candidates.get(6) + " RETURNING id");
        var ranking = new MoreLikeThis(new RecommendationConfig.Related(5, 20, 1.5, 2.0, 100, 20, 3));
        var all = ranking.rank(facts(target), source.similarTo(facts(target), new Similarity(20, 1.5, 2.0, 100)));

        var wanted = source.similarTo(facts(target), new Similarity(20, 1.5, 2.0, 5));

        assertThat(wanted).hasSize(5);
        assertThat(ranking.rank(facts(target), wanted)).isEqualTo(all).startsWith(new VideoId(best))
                .doesNotContain(new VideoId(candidates.get(6)));
        assertThat(statements.takeCount()).isEqualTo(2);
    }

    private static Similarity slices(int perSlice) {
        return new Similarity(perSlice, 1.5, 2.0, 100);
    }

    private static List<Long> ids(List<VideoFacts> videos) {
        return videos.stream().map(facts -> facts.id().value()).toList();
    }

    private static Map<Long, Long> people(List<CoEngagement> found) {
        return found.stream().collect(Collectors.toMap(entry -> entry.video().id().value(), CoEngagement::people,
                (a, b) -> a, LinkedHashMap::new));
    }

    private static VideoFacts facts(long video) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT" + VisibleVideos.FACTS + "FROM videos v WHERE v.id = :id")
                .bind("id", video)
                .map((rs, ctx) -> VisibleVideos.facts(rs))
                .one());
    }

    private static Instant minutes(int ago) {
        return NOW.minus(Duration.ofMinutes(ago));
    }

    private long video(long category, List<String> tags, Instant createdAt, double trend) {
        return CatalogueRows.video(product, category, tags, createdAt, trend);
    }

    private static void interaction(Integer user, String session, long video, String type, Double seconds,
                                    Instant at) {
        CatalogueRows.interaction(user == null ? null : user.longValue(), session, video, type, seconds, at);
    }
}
