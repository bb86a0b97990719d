package io.shoppable.api;

import io.shoppable.domain.content.VideoId;
import io.shoppable.persistence.TestDatabase;
import io.shoppable.persistence.recommendation.JdbiTrendStore;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.trends.TrendService;
import io.shoppable.recommendation.trends.TrendStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.shoppable.api.Catalogue.FASHION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrendsApiTest {

    private static final String VIDEOS = "/api/v1/shoppable-videos/";
    private static final long SELLER = 900;

    @TempDir
    Path media;

    private ApiTestServer api;
    private long product;
    private final Instant now = Instant.now();

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
    void trend_scores_are_recent_weighted_engagement_normalised_to_one() {
        long hot = video();
        long warm = video();
        long stale = video();
        long quiet = video();
        // hot: two likes (2 * 3 = 6); warm: one share and one view (5 + 1 = 6)
        Catalogue.user(1, "one");
        Catalogue.user(2, "two");
        Catalogue.like(1, hot, now);
        Catalogue.like(2, hot, now);
        assertThat(api.postJson(VIDEOS + warm + "/view/", "{}", null).status()).isEqualTo(200);
        api.postJson(VIDEOS + warm + "/share/", "{}", null);
        api.flushCounters();
        // stale: a like four days ago, outside the 72-hour window
        Catalogue.like(1, stale, now.minus(Duration.ofDays(4)));
        setTrend(quiet, 0.7);

        var summary = trends().recompute();

        assertThat(summary.trending()).isEqualTo(2);
        // Both totals are 6 before decay; whichever was logged last decays least and scores exactly 1.
        assertThat(Math.max(trend(hot), trend(warm))).isEqualTo(1.0);
        assertThat(trend(hot)).isCloseTo(1.0, within(0.01)).isLessThanOrEqualTo(1.0);
        assertThat(trend(warm)).isCloseTo(1.0, within(0.01)).isLessThanOrEqualTo(1.0);
        assertThat(trend(stale)).isZero();
        assertThat(trend(quiet)).as("a score set by hand is recomputed away").isZero();
    }

    @Test
    void a_second_recomputation_without_new_engagement_changes_nothing() {
        long hot = video();
        Catalogue.user(1, "one");
        Catalogue.like(1, hot, now);
        var service = trends();

        assertThat(service.recompute().changed()).isEqualTo(1);
        assertThat(service.recompute().changed()).isZero();
    }

    @Test
    void a_score_is_written_when_it_moves_by_more_than_the_tolerance_or_to_or_from_zero() {
        long steady = video();
        long moving = video();
        long fading = video();
        long rising = video();
        setTrend(steady, 0.5);
        setTrend(moving, 0.5);
        setTrend(fading, TrendStore.TOLERANCE / 2);

        int written = new JdbiTrendStore(TestDatabase.jdbi()).replaceScores(Map.of(
                new VideoId(steady), 0.5 + TrendStore.TOLERANCE / 2,
                new VideoId(moving), 0.5 + TrendStore.TOLERANCE * 2,
                new VideoId(rising), TrendStore.TOLERANCE / 2));

        assertThat(written).as("moving, fading to zero, rising from zero").isEqualTo(3);
        assertThat(trend(steady)).isEqualTo(0.5);
        assertThat(trend(moving)).isEqualTo(0.5 + TrendStore.TOLERANCE * 2);
        assertThat(trend(fading)).isZero();
        assertThat(trend(rising)).isEqualTo(TrendStore.TOLERANCE / 2);
    }

    private TrendService trends() {
        return new TrendService(new JdbiTrendStore(TestDatabase.jdbi()), RecommendationConfig.spec(),
                Clock.fixed(now.plusSeconds(1), ZoneOffset.UTC));
    }

    private long video() {
        return Catalogue.video(SELLER, product, FASHION, List.of("summer"), now.minus(Duration.ofDays(10)), 0);
    }

    private double trend(long video) {
        return api.get(VIDEOS + video + "/", null).body().get("trend_score").asDouble();
    }

    private static void setTrend(long video, double score) {
        TestDatabase.jdbi().useHandle(handle -> handle.createUpdate("UPDATE videos SET trend_score = :s WHERE id = :id")
                .bind("s", score).bind("id", video).execute());
    }
}
