package io.shoppable.api;

import io.shoppable.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outage guarantee under a running load generator: client threads keep sending a shopper's mix (feed,
 * view, like toggle, add to cart, comment, health) while the real embedded PostgreSQL is stopped and started
 * again. While it is down every answer is a fast refusal (503 problem JSON) and {@code /health} says DOWN;
 * once it is back the same process serves again; no answer is a 500, none hangs, and nothing is
 * half-written: counters equal their rows, and every acknowledged write is stored exactly once.
 */
@DisabledWithExternalTestDatabase
class DatabaseOutageUnderLoadApiTest extends ApiTestCase {

    private static final int CLIENTS = 6;
    private static final Duration LOAD_BEFORE = Duration.ofSeconds(1);
    /**
     * Longer than the 2 s in which a failure is remembered, so the service asks the database again meanwhile,
     * and than the 3 s a health check waits for a connection, so health checks are answered within it.
     */
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    /**
     * Requests started this long after /health is UP again must all succeed: one that waited its 3 s for a
     * connection may still fail just after the restart, and a failure is remembered 2 s.
     */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration LOAD_AFTER = Duration.ofSeconds(6);
    /** No request hangs: the pool waits 3 s for a connection, the health check 2 s more for its query. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    private volatile Phase phase = Phase.UP;

    @Test
    void under_load_an_outage_gets_fast_503s_and_the_service_recovers_with_nothing_half_written() throws Exception {
        String alice = api.token(42, "alice");
        long hat = api.createProduct(alice, "Sun Hat", "49.99", 1_000_000);
        long[] videos = {api.createImagePost(alice, hat).get("id").asLong(),
                api.createImagePost(alice, hat).get("id").asLong()};
        var shoppers = new String[CLIENTS];
        for (int c = 0; c < CLIENTS; c++) {
            shoppers[c] = api.token(100 + c, "shopper" + c);
            // Creates the member's row while the database is up.
            assertThat(api.get("/api/v1/cart/", shoppers[c]).status()).isEqualTo(200);
        }
        var answers = new ConcurrentLinkedQueue<Answer>();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var done = new CountDownLatch(CLIENTS);
        var clients = new ArrayList<Thread>();
        for (int c = 0; c < CLIENTS; c++) {
            var client = new Client(c, shoppers[c], videos, answers, failures);
            var thread = new Thread(() -> {
                try {
                    client.run();
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            thread.start();
            clients.add(thread);
        }

        TimeUnit.MILLISECONDS.sleep(LOAD_BEFORE.toMillis());
        phase = Phase.STOPPING;
        TestDatabase.stop();
        long stopped = System.nanoTime();
        phase = Phase.DOWN;
        var health = api.get("/health", null);
        TimeUnit.NANOSECONDS.sleep(Math.max(0, stopped + OUTAGE.toNanos() - System.nanoTime()));
        phase = Phase.STARTING;
        TestDatabase.restart();
        long restarted = System.nanoTime();
        phase = Phase.RECOVERING;
        long healthy = awaitHealthy();
        TimeUnit.MILLISECONDS.sleep(LOAD_AFTER.toMillis());
        phase = Phase.FINISHED;
        assertThat(done.await(60, TimeUnit.SECONDS)).as("every client finished").isTrue();
        for (var client : clients) {
            client.join();
        }
        long written = api.flushCounters();

        assertThat(failures).as("no request failed at the transport or hung").isEmpty();
        List<Answer> all = List.copyOf(answers);
        assertThat(all).as("no 500, only answers or refusals").allSatisfy(answer ->
                assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 503));
        assertThat(all).as("no request hangs").allSatisfy(answer ->
                assertThat(answer.took()).as(answer.toString()).isLessThan(ANSWER_WITHIN));
        List<Answer> down = all.stream().filter(answer -> answer.within(Phase.DOWN)).toList();
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body().get("database").asText()).isEqualTo("DOWN");
        // A health check waits up to 3 s for a connection, so the clients' ones may not fit in the outage.
        assertThat(down.stream().map(Answer::action).filter(action -> action != Action.HEALTH).distinct())
                .as("every kind of request was sent while down")
                .containsExactlyInAnyOrder(Action.FEED, Action.VIEW, Action.LIKE, Action.ADD_TO_CART, Action.COMMENT);
        assertThat(down).filteredOn(answer -> answer.action() != Action.HEALTH).as("refused while down")
                .allSatisfy(answer -> {
                    assertProblem(answer.response(), 503);
                    assertThat(answer.response().header("Retry-After")).isNotNull();
                });
        assertThat(down).filteredOn(answer -> answer.action() == Action.HEALTH).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.response().body().get("database").asText()).isEqualTo("DOWN");
        });
        long settled = healthy + SETTLE.toNanos();
        List<Answer> after = all.stream().filter(answer -> answer.startedNanos() >= settled).toList();
        assertThat(after).as("served again without a restart").isNotEmpty()
                .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 201));
        long firstWrite = all.stream().filter(answer -> answer.startedNanos() >= restarted
                        && answer.action() == Action.ADD_TO_CART && answer.status() == 200)
                .mapToLong(Answer::endedNanos).min().orElseThrow();

        assertNothingHalfWritten(all, videos);
        System.out.printf("database outage under load: %d clients, %d requests (%s); %d while down, all 503, "
                        + "slowest refusal %s, slowest health check %s; health UP %d ms and first add to cart "
                        + "%d ms after restart; outage %d ms; %d buffered views written at the end%n",
                CLIENTS, all.size(), countByStatus(all), down.size(), slowest(down, action -> action != Action.HEALTH),
                slowest(down, action -> action == Action.HEALTH),
                TimeUnit.NANOSECONDS.toMillis(healthy - restarted),
                TimeUnit.NANOSECONDS.toMillis(firstWrite - restarted),
                TimeUnit.NANOSECONDS.toMillis(restarted - stopped), written);
    }

    /**
     * Every like counter equals its like rows; each acknowledged add to cart, comment and view is stored, and
     * nothing beyond what was attempted (a commit whose answer was lost with the connection is the only
     * write a 503 may hide).
     */
    private void assertNothingHalfWritten(List<Answer> all, long[] videos) {
        assertThat(api.sql(Long.class, "SELECT count(*) FROM videos v WHERE v.likes_count <> "
                + "(SELECT count(*) FROM video_likes l WHERE l.video_id = v.id)")).isZero();
        assertThat(api.sql(Long.class, "SELECT count(*) FROM cart_lines l "
                + "WHERE NOT EXISTS (SELECT 1 FROM carts c WHERE c.id = l.cart_id)")).isZero();
        assertStoredBetweenAckedAndAttempted(all, Action.ADD_TO_CART,
                "SELECT coalesce(sum(quantity), 0) FROM cart_lines");
        assertStoredBetweenAckedAndAttempted(all, Action.COMMENT, "SELECT count(*) FROM video_comments");
        assertStoredBetweenAckedAndAttempted(all, Action.VIEW,
                "SELECT coalesce(sum(views_count), 0) FROM videos WHERE id IN (" + videos[0] + ", " + videos[1] + ")");
        assertThat(api.sql(Long.class, "SELECT coalesce(sum(views_count), 0) FROM videos"))
                .as("each counted view has its event")
                .isEqualTo(api.sql(Long.class, "SELECT count(*) FROM user_interactions WHERE event_type = 'view'"));
    }

    private void assertStoredBetweenAckedAndAttempted(List<Answer> all, Action action, String storedQuery) {
        long acked = all.stream().filter(answer -> answer.action() == action && answer.status() < 300).count();
        long attempted = all.stream().filter(answer -> answer.action() == action).count();
        assertThat(api.sql(Long.class, storedQuery)).as("%s stored: acked %d, attempted %d", action, acked, attempted)
                .isBetween(acked, attempted);
    }

    private long awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (System.nanoTime() < deadline) {
            if (api.get("/health", null).status() == 200) {
                return System.nanoTime();
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("the service did not recover within " + RECOVERY);
    }

    private static String slowest(List<Answer> answers, Predicate<Action> which) {
        return answers.stream().filter(answer -> which.test(answer.action()))
                .mapToLong(answer -> answer.took().toMillis()).max().stream()
                .mapToObj(millis -> millis + " ms").findFirst().orElse("none");
    }

    private static Map<Integer, Long> countByStatus(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }

    private enum Phase { UP, STOPPING, DOWN, STARTING, RECOVERING, FINISHED }

    private enum Action { FEED, VIEW, LIKE, ADD_TO_CART, COMMENT, HEALTH }

    /** One client thread: sends the mix in turn until the test finishes, recording every answer. */
    private final class Client implements Runnable {

        private final int number;
        private final String token;
        private final long[] videos;
        private final ConcurrentLinkedQueue<Answer> answers;
        private final ConcurrentLinkedQueue<Throwable> failures;

        Client(int number, String token, long[] videos, ConcurrentLinkedQueue<Answer> answers,
               ConcurrentLinkedQueue<Throwable> failures) {
            this.number = number;
            this.token = token;
            this.videos = videos;
            this.answers = answers;
            this.failures = failures;
        }

        @Override
        public void run() {
            var actions = Action.values();
            for (int n = 0; phase != Phase.FINISHED; n++) {
                var action = actions[(n + number) % actions.length];
                var video = "/api/v1/shoppable-videos/" + videos[n % videos.length] + "/";
                Phase startedIn = phase;
                long started = System.nanoTime();
                try {
                    var response = switch (action) {
                        case FEED -> api.get("/api/v1/shoppable-videos/?limit=10", token);
                        case VIEW -> api.postAsSession(video + "view/", "load-" + number + "-" + n);
                        case LIKE -> api.post(video + "like/", token);
                        case ADD_TO_CART -> api.postJson(video + "add_to_cart/", api.json("quantity", 1), token);
                        case COMMENT -> api.postJson("/api/v1/video-comments/",
                                api.json("video", videos[n % videos.length], "text", "Nice " + n), token);
                        case HEALTH -> api.get("/health", null);
                    };
                    answers.add(new Answer(action, response, startedIn, phase, started, System.nanoTime()));
                } catch (RuntimeException | AssertionError e) {
                    failures.add(e);
                }
            }
        }
    }

    private record Answer(Action action, ApiTestServer.Response response, Phase startedIn, Phase endedIn,
                          long startedNanos, long endedNanos) {

        int status() {
            return response.status();
        }

        Duration took() {
            return Duration.ofNanos(endedNanos - startedNanos);
        }

        boolean within(Phase only) {
            return startedIn == only && endedIn == only;
        }

        @Override
        public String toString() {
            return action + " " + response + " in " + took().toMillis() + " ms (" + startedIn + " to " + endedIn + ")";
        }
    }
}
