package io.shoppable.recommendation;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;
import io.shoppable.recommendation.signals.SignalQuery;
import io.shoppable.recommendation.signals.SignalSource;
import io.shoppable.recommendation.signals.Signals;
import io.shoppable.recommendation.signals.SourceKind;
import io.shoppable.recommendation.signals.VideoFacts;
import io.shoppable.testing.SeededRandomSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.shoppable.recommendation.Facts.FASHION;
import static io.shoppable.recommendation.Facts.NOW;
import static io.shoppable.recommendation.Facts.v;
import static io.shoppable.recommendation.Facts.video;
import static org.assertj.core.api.Assertions.assertThat;

class FeedServiceTest {

    private final RecordingSource source = new RecordingSource();
    private final FeedService feed = new FeedService(source, RecommendationConfig.spec(), new SeededRandomSource(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void the_signal_query_carries_the_configured_windows_and_bounds() {
        feed.feed("user:7", Optional.of(new UserId(7)), Optional.of(FASHION), 20, Optional.empty());

        assertThat(source.queries).singleElement().satisfies(query -> {
            assertThat(query.viewerKey()).isEqualTo("user:7");
            assertThat(query.user()).contains(new UserId(7));
            assertThat(query.category()).contains(FASHION);
            assertThat(query.now()).isEqualTo(NOW);
            assertThat(query.historySince()).isEqualTo(NOW.minus(Duration.ofDays(30)));
            assertThat(query.sessionSince()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
            assertThat(query.historyLimit()).isEqualTo(500);
            assertThat(query.perSource()).isEqualTo(50);
            assertThat(query.interestCategories()).isEqualTo(3);
            assertThat(query.minWatchSeconds()).isEqualTo(3.0);
        });
    }

    @Test
    void the_first_page_is_seeded_for_the_viewer_and_day_and_a_cursor_keeps_its_seed() {
        var first = feed.feed("session:a", Optional.empty(), Optional.empty(), 5, Optional.empty());
        var next = first.next().orElseThrow();

        assertThat(next.page()).isEqualTo(1);
        assertThat(next.seed()).isEqualTo(FeedRequest.dailySeed("session:a", NOW));
        assertThat(next.rankedAt()).isEqualTo(NOW);
        assertThat(next.served()).isEqualTo(first.ids());
        var second = feed.feed("session:a", Optional.empty(), Optional.empty(), 5, Optional.of(next));
        assertThat(second.next()).hasValueSatisfying(after -> {
            assertThat(after.page()).isEqualTo(2);
            assertThat(after.seed()).isEqualTo(next.seed());
        });
        assertThat(source.queries.get(1).served()).containsExactlyInAnyOrderElementsOf(first.ids());
    }

    @Test
    void a_limit_above_the_maximum_is_capped_at_fifty() {
        var page = feed.feed("session:a", Optional.empty(), Optional.empty(), 80, Optional.empty());

        assertThat(page.items()).hasSize(50);
    }

    @Test
    void the_daily_seed_differs_by_viewer_and_by_day_and_not_within_a_day() {
        long seed = FeedRequest.dailySeed("user:1", NOW);

        assertThat(FeedRequest.dailySeed("user:1", NOW.plus(Duration.ofHours(11)))).isEqualTo(seed);
        assertThat(FeedRequest.dailySeed("user:1", NOW.plus(Duration.ofHours(13)))).isNotEqualTo(seed);
        assertThat(FeedRequest.dailySeed("user:2", NOW)).isNotEqualTo(seed);
    }

    /** Answers 60 trending videos; remembers what it was asked. */
    private static final class RecordingSource implements SignalSource {

        final List<SignalQuery> queries = new ArrayList<>();

        @Override
        public Signals load(SignalQuery query) {
            queries.add(query);
            var videos = new HashMap<VideoId, VideoFacts>();
            var trending = new ArrayList<VideoId>();
            for (long id = 1; id <= 60; id++) {
                videos.put(v(id), video(id).in(new CategoryId(1 + id % 3)).trending(id / 100.0).build());
                trending.add(v(id));
            }
            return new Signals(List.of(), Set.of(),
                    Map.of(SourceKind.TRENDING, trending), videos);
        }
    }
}
