package io.shoppable.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged versus persisted counts on a small scale: views and shares answered 200 while flushes
 * run concurrently are all in the database after a graceful stop, with one logged event each. The
 * benchmark (docs/benchmarks.md) repeats the check at scale under load.
 */
class CounterCorrectnessApiTest extends ApiTestCase {

    private static final int VIDEOS = 4;
    private static final int VIEWS = 400;
    private static final int SHARES = 100;
    private static final int WAVE = 100;

    @Test
    void every_acknowledged_view_and_share_is_persisted_after_a_graceful_stop() throws InterruptedException {
        String alice = api.token(42, "alice");
        long hat = api.createProduct(alice, "Sun Hat", "49.99", 5);
        var paths = new String[VIDEOS];
        for (int v = 0; v < VIDEOS; v++) {
            paths[v] = "/api/v1/shoppable-videos/" + api.createImagePost(alice, hat).get("id").asLong() + "/";
        }
        var flusher = Executors.newSingleThreadScheduledExecutor();
        flusher.scheduleWithFixedDelay(api::flushCounters, 5, 5, TimeUnit.MILLISECONDS);

        // In waves below the default in-flight limit (D24), which would answer the excess a fast 503.
        var views = new ArrayList<ApiTestServer.Response>();
        for (int wave = 0; wave < VIEWS / WAVE; wave++) {
            int first = wave * WAVE;
            views.addAll(Concurrently.run(WAVE,
                    i -> api.postAsSession(paths[i % VIDEOS] + "view/", "v-" + (first + i))));
        }
        var shares = Concurrently.run(SHARES, i -> api.postAsSession(paths[i % VIDEOS] + "share/", "s-" + i));
        flusher.shutdown();
        assertThat(flusher.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        api.close();

        long ackedViews = views.stream().filter(answer -> answer.status() == 200).count();
        long ackedShares = shares.stream().filter(answer -> answer.status() == 200).count();
        assertThat(ackedViews).isEqualTo(VIEWS);
        assertThat(ackedShares).isEqualTo(SHARES);
        assertThat(api.sql(Long.class, "SELECT sum(views_count) FROM videos")).isEqualTo(ackedViews);
        assertThat(api.sql(Long.class, "SELECT sum(shares_count) FROM videos")).isEqualTo(ackedShares);
        assertThat(api.sql(Long.class, "SELECT views_count FROM creator_profiles WHERE user_id = 42"))
                .isEqualTo(ackedViews);
        assertThat(api.sql(Long.class, "SELECT count(*) FROM user_interactions WHERE event_type = 'view'"))
                .isEqualTo(ackedViews);
        assertThat(api.sql(Long.class, "SELECT count(*) FROM user_interactions WHERE event_type = 'share'"))
                .isEqualTo(ackedShares);
    }
}
