package io.shoppable.persistence.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.StatementCounter;
import io.shoppable.persistence.TestDatabase;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.SignalEvent;
import io.shoppable.recommendation.signals.SignalKind;
import io.shoppable.recommendation.signals.SignalQuery;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static io.shoppable.persistence.recommendation.CatalogueRows.category;
import static io.shoppable.persistence.recommendation.CatalogueRows.interaction;
import static io.shoppable.persistence.recommendation.CatalogueRows.update;
import static org.assertj.core.api.Assertions.assertThat;

class JdbiSignalSourceTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final long MEMBER = 1;
    private static final long CREATOR = 2;
    private static final long OTHER = 3;
    private static final RecommendationConfig.SignalWeights WEIGHTS = RecommendationConfig.SignalWeights.defaults();

    private final StatementCounter statements = new StatementCounter();
    private final JdbiSignalSource source = new JdbiSignalSource(statements.jdbi());
    private long fashion;
    private long tech;
    private long product;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.reset();
        user(MEMBER);
        user(CREATOR);
        user(OTHER);
        fashion = category("Fashion", true);
        tech = category("Tech", true);
        product = update("INSERT INTO products (seller_id, name, price, stock) VALUES (2, 'Thing', 1, 100) "
                + "RETURNING id");
    }

    @Test
    void a_members_events_are_their_likes_saves_product_views_adds_to_cart_and_watches_in_the_window() {
        long video = video(fashion, "summer", days(30));
        like(video, NOW.minus(Duration.ofDays(1)));
        save(video, NOW.minus(Duration.ofDays(2)));
        interaction(MEMBER, "user:1", video, "product_view", null, NOW.minus(Duration.ofHours(3)));
        interaction(MEMBER, "user:1", video, "add_to_cart_from_video", null, NOW.minus(Duration.ofHours(2)));
        interaction(MEMBER, "user:1", video, "watch_time", 12.5, NOW.minus(Duration.ofHours(1)));
        interaction(MEMBER, "user:1", video, "view", null, NOW.minus(Duration.ofMinutes(1)));
        interaction(MEMBER, "user:1", video, "product_view", null, NOW.minus(Duration.ofDays(31)));

        var signals = load(member());

        assertThat(signals.events()).containsExactly(
                SignalEvent.watched(new VideoId(video), NOW.minus(Duration.ofHours(1)), 12.5),
                SignalEvent.of(SignalKind.ADD_TO_CART, new VideoId(video), NOW.minus(Duration.ofHours(2))),
                SignalEvent.of(SignalKind.PRODUCT_VIEW, new VideoId(video), NOW.minus(Duration.ofHours(3))),
                SignalEvent.of(SignalKind.LIKE, new VideoId(video), NOW.minus(Duration.ofDays(1))),
                SignalEvent.of(SignalKind.SAVE, new VideoId(video), NOW.minus(Duration.ofDays(2))));
        assertThat(signals.videos().get(new VideoId(video)).tags()).containsExactly("summer");
    }

    @Test
    void an_anonymous_callers_events_are_those_logged_under_its_session_key() {
        long video = video(tech, "gadgets", days(30));
        interaction(null, "session:abc", video, "product_view", null, NOW.minus(Duration.ofMinutes(5)));
        interaction(null, "session:other", video, "product_view", null, NOW.minus(Duration.ofMinutes(5)));

        var signals = load(query("session:abc", Optional.empty(), Optional.empty()));

        assertThat(signals.events()).hasSize(1);
        assertThat(signals.proposedBy(SourceKind.INTEREST)).extracting(facts -> facts.id().value())
                .containsExactly(video);
    }

    @Test
    void sources_propose_interest_following_similar_trending_and_recent_videos() {
        long liked = video(fashion, "summer", days(30));
        like(liked, NOW.minus(Duration.ofDays(1)));
        long sameCategory = video(fashion, "winter", days(20));
        long sharesTag = video(tech, "summer", days(20));
        long byCreator = video(tech, "gadgets", days(25));
        update("INSERT INTO user_follows (follower_id, following_id, created_at) VALUES (1, 2, now())"
                + " RETURNING follower_id");
        update("UPDATE videos SET owner_id = 2 WHERE id = " + byCreator + " RETURNING id");
        long hot = video(tech, "gadgets", days(40));
        update("UPDATE videos SET trend_score = 0.9 WHERE id = " + hot + " RETURNING id");

        var signals = load(member());

        assertThat(signals.followed()).containsExactly(new UserId(CREATOR));
        assertThat(ids(signals, SourceKind.INTEREST)).containsExactly(sameCategory, liked);
        assertThat(ids(signals, SourceKind.FOLLOWING)).containsExactly(byCreator);
        assertThat(ids(signals, SourceKind.SIMILAR_TAGS)).contains(liked, sharesTag).doesNotContain(hot);
        assertThat(ids(signals, SourceKind.TRENDING).get(0)).isEqualTo(hot);
        assertThat(ids(signals, SourceKind.RECENT).get(0)).isIn(sameCategory, sharesTag);
    }

    @Test
    void the_interest_source_reads_the_categories_the_profile_weighs_most() {
        long cart = video(tech, "gadgets", days(30));
        long viewed = video(fashion, "summer", days(30));
        interaction(MEMBER, "user:1", cart, "add_to_cart_from_video", null, NOW.minus(Duration.ofDays(3)));
        interaction(MEMBER, "user:1", viewed, "product_view", null, NOW.minus(Duration.ofDays(3)));
        interaction(MEMBER, "user:1", viewed, "product_view", null, NOW.minus(Duration.ofDays(3)));

        // one add to cart (2.0) outweighs two product views (2 x 0.5); only the top category is read
        var signals = source.load(new SignalQuery("user:1", Optional.of(new UserId(MEMBER)), Optional.empty(), NOW,
                NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofMinutes(30)), 500, 50, 1, WEIGHTS));

        assertThat(ids(signals, SourceKind.INTEREST)).containsExactly(cart);
    }

    @Test
    void only_active_videos_in_active_categories_are_proposed_but_events_on_them_still_count() {
        long gone = video(fashion, "summer", days(1));
        update("UPDATE videos SET is_active = false WHERE id = " + gone + " RETURNING id");
        long closed = category("Closed", false);
        long inClosed = video(closed, "summer", days(1));
        long visible = video(tech, "summer", days(1));
        like(gone, NOW.minus(Duration.ofDays(1)));

        var signals = load(member());

        assertThat(signals.events()).hasSize(1);
        for (var kind : SourceKind.values()) {
            assertThat(ids(signals, kind)).doesNotContain(gone, inClosed);
        }
        assertThat(ids(signals, SourceKind.RECENT)).containsExactly(visible);
    }

    @Test
    void the_category_filter_restricts_every_source() {
        long liked = video(fashion, "summer", days(30));
        like(liked, NOW.minus(Duration.ofDays(1)));
        video(tech, "summer", days(1));
        long fashionNew = video(fashion, "other", days(1));

        var signals = load(query("user:1", Optional.of(new UserId(MEMBER)), Optional.of(new CategoryId(fashion))));

        for (var kind : SourceKind.values()) {
            assertThat(signals.proposedBy(kind)).allSatisfy(facts -> assertThat(facts.category().value())
                    .isEqualTo(fashion));
        }
        assertThat(ids(signals, SourceKind.RECENT)).containsExactly(fashionNew, liked);
    }

    @Test
    void each_source_is_bounded_and_a_load_is_one_statement_once_the_lists_are_cached() {
        for (int i = 0; i < 8; i++) {
            video(tech, "gadgets", days(i + 1));
        }
        var query = new SignalQuery("user:1", Optional.of(new UserId(MEMBER)), Optional.empty(), NOW,
                NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofMinutes(30)), 500, 3, 3, WEIGHTS);
        statements.takeCount();

        source.load(query);
        assertThat(statements.takeCount()).as("the viewer, then the catalogue lists").isEqualTo(2);
        var signals = source.load(query);

        assertThat(statements.takeCount()).isEqualTo(1);
        assertThat(signals.proposedBy(SourceKind.RECENT)).hasSize(3);
        assertThat(signals.proposedBy(SourceKind.TRENDING)).hasSize(3);
    }

    @Test
    void an_event_videos_facts_are_read_once_per_catalogue_version_and_a_retag_is_seen_by_the_next_load() {
        long liked = video(tech, "gadgets", days(3));
        like(liked, days(1));
        load(member());
        statements.takeCount();

        var again = load(member());
        assertThat(statements.takeCount()).as("the viewer's statement only").isEqualTo(1);
        assertThat(again.videos().get(new VideoId(liked)).tags()).containsExactly("gadgets");

        update("UPDATE videos SET tags = '{phones}' WHERE id = " + liked + " RETURNING id");
        assertThat(load(member()).videos().get(new VideoId(liked)).tags()).containsExactly("phones");
    }

    @Test
    void lists_past_their_age_keep_serving_while_one_background_read_replaces_them() {
        long video = video(tech, "gadgets", days(2));
        var backgroundReads = new ArrayList<Runnable>();
        var clock = new AtomicLong();
        var cache = new CatalogueCache(statements.jdbi(), backgroundReads::add, clock::get);
        var first = cache.at(0);
        update("UPDATE videos SET likes_count = 7 WHERE id = " + video + " RETURNING id");
        statements.takeCount();

        clock.addAndGet(CatalogueCache.MAX_AGE.toNanos());
        assertThat(cache.at(first.version())).as("old lists, answered at once").isSameAs(first);
        assertThat(cache.at(first.version())).isSameAs(first);
        assertThat(statements.takeCount()).isZero();
        assertThat(backgroundReads).as("one read, however many requests").hasSize(1);

        backgroundReads.get(0).run();
        var fresh = cache.at(first.version());
        assertThat(fresh).isNotSameAs(first);
        assertThat(fresh.newest(Optional.empty()).videos()).singleElement()
                .satisfies(facts -> assertThat(facts.likes()).isEqualTo(7));
        clock.addAndGet(CatalogueCache.MAX_AGE.toNanos());
        cache.at(first.version());
        assertThat(backgroundReads).as("the next read once those are old").hasSize(2);
    }

    @Test
    void a_change_to_the_catalogue_is_seen_by_the_very_next_load() {
        long first = video(tech, "gadgets", days(2));
        assertThat(ids(load(member()), SourceKind.RECENT)).containsExactly(first);

        long second = video(tech, "gadgets", days(1));
        assertThat(ids(load(member()), SourceKind.RECENT)).containsExactly(second, first);
        update("UPDATE videos SET is_hidden = true WHERE id = " + second + " RETURNING id");
        assertThat(ids(load(member()), SourceKind.RECENT)).containsExactly(first);
        update("UPDATE products SET stock = 0 WHERE id = " + product + " RETURNING id");
        assertThat(ids(load(member()), SourceKind.RECENT)).isEmpty();
        update("UPDATE products SET stock = 5 WHERE id = " + product + " RETURNING id");
        update("UPDATE videos SET trend_score = 0.5 WHERE id = " + first + " RETURNING id");
        assertThat(load(member()).proposedBy(SourceKind.TRENDING)).singleElement()
                .satisfies(facts -> assertThat(facts.trendScore()).isEqualTo(0.5));
    }

    @Test
    void the_cached_lists_propose_what_the_whole_feed_statement_proposes_and_a_long_session_falls_back_to_it() {
        var categories = List.of(fashion, tech);
        for (int i = 0; i < 1_300; i++) {
            long id = video(categories.get(i % 2), "tag" + i % 9, NOW.minusSeconds(60L * i));
            if (i % 7 == 0) {
                update("UPDATE videos SET trend_score = " + (i % 11) / 11.0 + " WHERE id = " + id + " RETURNING id");
            }
            if (i % 97 == 0) {
                like(id, NOW.minus(Duration.ofHours(i % 40)));
            }
            if (i % 89 == 0) {
                interaction(MEMBER, "user:1", id, "view", null, NOW.minus(Duration.ofHours(i % 30)));
            }
        }
        var served = new HashSet<VideoId>();
        for (long id = 1; id <= 1_300; id++) {
            if (id % 3 != 0) {
                served.add(new VideoId(id));
            }
        }
        for (var query : List.of(member(), withHistory(Set.of(), NOW.minus(Duration.ofDays(7))),
                query("user:1", Optional.of(new UserId(MEMBER)), Optional.of(new CategoryId(tech))),
                query("session:abc", Optional.empty(), Optional.empty()))) {
            assertThat(source.load(query)).isEqualTo(source.loadWhole(query));
        }
        var longSession = withHistory(served, NOW.minus(Duration.ofDays(7)));
        statements.takeCount();

        assertThat(source.load(longSession)).isEqualTo(source.loadWhole(longSession));
        assertThat(statements.takeCount()).as("the viewer, then the whole feed in SQL, then the whole again")
                .isEqualTo(3);
    }

    @Test
    void a_video_whose_primary_product_is_out_of_stock_or_inactive_is_never_proposed() {
        long soldOut = video(tech, "gadgets", days(1));
        long withdrawn = video(tech, "gadgets", days(2));
        long other = update("INSERT INTO products (seller_id, name, price, stock) VALUES (2, 'Gone', 1, 0)"
                + " RETURNING id");
        long inactive = update("INSERT INTO products (seller_id, name, price, stock, is_active)"
                + " VALUES (2, 'Off', 1, 5, false) RETURNING id");
        update("UPDATE videos SET product_id = " + other + " WHERE id = " + soldOut + " RETURNING id");
        update("UPDATE videos SET product_id = " + inactive + " WHERE id = " + withdrawn + " RETURNING id");
        long visible = video(tech, "gadgets", days(3));

        assertThat(ids(load(member()), SourceKind.RECENT)).containsExactly(visible);
    }

    @Test
    void the_viewers_own_videos_served_videos_and_dismissed_videos_are_never_proposed() {
        long own = video(tech, "gadgets", days(1));
        update("UPDATE videos SET owner_id = 1 WHERE id = " + own + " RETURNING id");
        long served = video(tech, "gadgets", days(2));
        long dismissed = video(tech, "gadgets", days(3));
        new JdbiNotInterestedStore(TestDatabase.jdbi()).add(new UserId(MEMBER), new VideoId(dismissed),
                NOW.minus(Duration.ofDays(1)));
        long open = video(tech, "gadgets", days(4));

        var signals = load(withHistory(Set.of(new VideoId(served)), NOW.minus(Duration.ofDays(7))));

        assertThat(ids(signals, SourceKind.RECENT)).containsExactly(open);
        assertThat(signals.dismissals()).singleElement().satisfies(dismissal -> {
            assertThat(dismissal.video().id()).isEqualTo(new VideoId(dismissed));
            assertThat(dismissal.at()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        });
    }

    @Test
    void recently_seen_videos_are_proposed_only_as_reseen_least_recently_seen_first() {
        long seenLong = video(tech, "gadgets", days(1));
        long seenLately = video(tech, "gadgets", days(2));
        long swipedPast = video(tech, "gadgets", days(3));
        long seenLastMonth = video(tech, "gadgets", days(4));
        interaction(MEMBER, "user:1", seenLong, "view", null, NOW.minus(Duration.ofDays(3)));
        interaction(MEMBER, "user:1", seenLately, "watch_time", 5.0, NOW.minus(Duration.ofHours(1)));
        interaction(MEMBER, "user:1", swipedPast, "watch_time", 1.0, NOW.minus(Duration.ofHours(1)));
        interaction(MEMBER, "user:1", seenLastMonth, "view", null, NOW.minus(Duration.ofDays(20)));

        var signals = load(withHistory(Set.of(), NOW.minus(Duration.ofDays(7))));

        assertThat(ids(signals, SourceKind.RECENT)).containsExactly(swipedPast, seenLastMonth);
        assertThat(ids(signals, SourceKind.RESEEN)).containsExactly(seenLong, seenLately);
    }

    private static SignalQuery withHistory(Set<VideoId> served, Instant seenSince) {
        return new SignalQuery("user:1", Optional.of(new UserId(MEMBER)), Optional.empty(), NOW,
                NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofMinutes(30)), 500, 50, 3, WEIGHTS, served,
                seenSince, 500, NOW.minus(Duration.ofDays(44)));
    }

    private Signals load(SignalQuery query) {
        return source.load(query);
    }

    private static SignalQuery member() {
        return query("user:1", Optional.of(new UserId(MEMBER)), Optional.empty());
    }

    private static SignalQuery query(String key, Optional<UserId> user, Optional<CategoryId> category) {
        return new SignalQuery(key, user, category, NOW, NOW.minus(Duration.ofDays(30)),
                NOW.minus(Duration.ofMinutes(30)), 500, 50, 3, WEIGHTS);
    }

    private static List<Long> ids(Signals signals, SourceKind kind) {
        return signals.proposedBy(kind).stream().map(facts -> facts.id().value()).toList();
    }

    private static Instant days(int ago) {
        return NOW.minus(Duration.ofDays(ago));
    }

    private static void user(long id) {
        update("INSERT INTO users (id, username, created_at, updated_at) VALUES (" + id + ", 'u" + id
                + "', now(), now()) RETURNING id");
    }

    private long video(long category, String tag, Instant createdAt) {
        return CatalogueRows.video(product, category, List.of(tag), createdAt, 0);
    }

    private static void like(long video, Instant at) {
        CatalogueRows.like(MEMBER, video, at);
    }

    private static void save(long video, Instant at) {
        CatalogueRows.save(MEMBER, video, at);
    }
}
