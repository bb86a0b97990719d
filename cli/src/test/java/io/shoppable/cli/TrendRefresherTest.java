package io.shoppable.cli;

import io.shoppable.domain.content.VideoId;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.recommendation.trends.EngagementCount;
import io.shoppable.recommendation.trends.TrendService;
import io.shoppable.recommendation.trends.TrendStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class TrendRefresherTest {

    @Test
    void a_run_that_fails_with_an_error_leaves_the_schedule_running() throws InterruptedException {
        var written = new CountDownLatch(1);
        var reads = new AtomicInteger();
        TrendStore store = new TrendStore() {
            @Override
            public void engagementSince(Instant since, Consumer<EngagementCount> each) {
                if (reads.incrementAndGet() == 1) {
                    throw new OutOfMemoryError("a catalogue too large for the heap");
                }
            }

            @Override
            public int replaceScores(Map<VideoId, Double> scores) {
                written.countDown();
                return 0;
            }
        };
        var service = new TrendService(store, RecommendationConfig.spec(), Clock.systemUTC());

        try (var refresher = new TrendRefresher(service, Duration.ofMillis(20))) {
            assertThat(written.await(10, TimeUnit.SECONDS)).as("a second run after the failed one").isTrue();
        }
        assertThat(reads).hasValueGreaterThanOrEqualTo(2);
    }
}
