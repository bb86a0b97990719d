package io.shoppable.recommendation.related;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.signals.CoEngagement;
import io.shoppable.recommendation.signals.VideoFacts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.shoppable.recommendation.Facts.FASHION;
import static io.shoppable.recommendation.Facts.TECH;
import static io.shoppable.recommendation.Facts.v;
import static io.shoppable.recommendation.Facts.video;
import static org.assertj.core.api.Assertions.assertThat;

class RelatedVideosTest {

    private final RecordingSource source = new RecordingSource();
    private final RelatedVideos related = new RelatedVideos(source, RecommendationConfig.spec());

    @Test
    void also_watched_asks_for_more_like_this_only_when_co_engagement_falls_short() {
        var target = video(1).in(FASHION).tagged("summer").build();
        source.similar.add(video(2).in(FASHION).build());

        assertThat(related.alsoWatched(target)).containsExactly(v(2));
        assertThat(source.similarCalls).isEqualTo(1);

        for (long id = 10; id < 20; id++) {
            source.coEngaged.add(new CoEngagement(video(id).in(TECH).build(), 2));
        }
        assertThat(related.alsoWatched(target)).hasSize(10).doesNotContain(v(2));
        assertThat(source.similarCalls).isEqualTo(1);
    }

    @Test
    void the_target_is_whatever_the_source_finds_visible() {
        var visible = video(2).in(FASHION).build();
        source.similar.add(visible);

        assertThat(related.visibleTarget(v(2))).contains(visible);
        assertThat(related.visibleTarget(v(3))).isEmpty();
    }

    @Test
    void the_source_is_asked_with_the_configured_bounds() {
        var config = RecommendationConfig.Related.defaults();
        var target = video(1).in(FASHION).tagged("summer").build();

        related.moreLikeThis(target);
        related.alsoWatched(target);

        assertThat(source.similarity).isEqualTo(new RelatedVideoSource.Similarity(config.perSlice(),
                config.sharedTag(), config.sameCategory(), config.limit()));
        assertThat(source.engagement).isEqualTo(new RelatedVideoSource.Engagement(config.minWatchSeconds(),
                config.maxEngagers(), config.perEngager()));
        assertThat(source.limit).isEqualTo(config.limit());
    }

    /** Answers whatever a test adds; remembers what it was asked. */
    private static final class RecordingSource implements RelatedVideoSource {

        final List<VideoFacts> similar = new ArrayList<>();
        final List<CoEngagement> coEngaged = new ArrayList<>();
        int similarCalls;
        Similarity similarity;
        Engagement engagement;
        int limit;

        @Override
        public Optional<VideoFacts> visible(VideoId video) {
            return similar.stream().filter(facts -> facts.id().equals(video)).findFirst();
        }

        @Override
        public List<VideoFacts> similarTo(VideoFacts target, Similarity similarity) {
            similarCalls++;
            this.similarity = similarity;
            return similar;
        }

        @Override
        public List<CoEngagement> coEngaged(VideoId target, Engagement engagement, int limit) {
            this.engagement = engagement;
            this.limit = limit;
            return coEngaged;
        }
    }
}
