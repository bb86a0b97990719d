package io.shoppable.persistence;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.shoppable.domain.commerce.Quantity;
import io.shoppable.domain.user.UserId;
import io.shoppable.testing.Given;
import io.shoppable.testing.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.MutableClock.T0;
import static org.assertj.core.api.Assertions.assertThat;

/** Toggles, counters and carts hold under many simultaneous requests, as the API conventions promise. */
class ConcurrencyTest {

    private static final int REQUESTS = 64;

    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private Ports db;
    private Given given;

    @BeforeEach
    void emptyTables() {
        db = JdbiPorts.fresh();
        given = new Given(db);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void sixty_four_users_liking_at_once_leave_the_counter_equal_to_the_rows() throws Exception {
        var video = given.aVideo().create();
        var users = IntStream.range(0, REQUESTS).mapToObj(i -> given.aUser().id()).toList();

        runAtOnce(users.stream().<Callable<Object>>map(user ->
                () -> db.engagement().toggleLike(user, video.id(), T0)).toList());

        assertThat(db.videos().findById(video.id()).orElseThrow().stats().likes()).isEqualTo(REQUESTS);
        assertThat(rows("SELECT count(*) FROM video_likes WHERE video_id = ?", video.id().value()))
                .isEqualTo(REQUESTS);
    }

    @Test
    void one_user_toggling_a_like_many_times_at_once_never_drifts_from_the_rows() throws Exception {
        var video = given.aVideo().create();
        var user = given.aUser().id();

        runAtOnce(IntStream.range(0, REQUESTS).<Callable<Object>>mapToObj(i ->
                () -> db.engagement().toggleLike(user, video.id(), T0)).toList());

        long likes = db.videos().findById(video.id()).orElseThrow().stats().likes();
        assertThat(likes).isEqualTo(rows("SELECT count(*) FROM video_likes WHERE video_id = ?", video.id().value()))
                .isBetween(0L, 1L);
    }

    @Test
    void sixty_four_adds_of_one_product_sum_exactly_into_one_active_cart() throws Exception {
        var user = given.aUser().id();
        var product = given.aProduct().create().id();

        runAtOnce(IntStream.range(0, REQUESTS).<Callable<Object>>mapToObj(i -> () -> db.tx().inTransaction(() ->
                db.carts().add(db.carts().activeCart(user, T0).id(), product, new Quantity(2), T0))).toList());

        var cart = db.carts().findActive(user).orElseThrow();
        assertThat(cart.lines()).singleElement()
                .satisfies(line -> assertThat(line.quantity().value()).isEqualTo(2 * REQUESTS));
        assertThat(rows("SELECT count(*) FROM carts WHERE user_id = ?", user.value())).isEqualTo(1);
    }

    @Test
    void concurrent_views_are_all_counted() throws Exception {
        var video = given.aVideo().create();

        runAtOnce(IntStream.range(0, REQUESTS).<Callable<Object>>mapToObj(i ->
                () -> db.videos().incrementViews(video.id())).toList());

        assertThat(db.videos().findById(video.id()).orElseThrow().stats().views()).isEqualTo(REQUESTS);
    }

    @Test
    void concurrent_follows_keep_the_follower_count_equal_to_the_rows() throws Exception {
        var creator = given.aUser();
        var profile = given.aCreator(creator);
        List<UserId> fans = IntStream.range(0, REQUESTS).mapToObj(i -> given.aUser().id()).toList();

        runAtOnce(fans.stream().<Callable<Object>>map(fan ->
                () -> db.follows().toggle(fan, creator.id(), T0)).toList());

        assertThat(db.creators().findById(profile.id()).orElseThrow().followerCount()).isEqualTo(REQUESTS);
    }

    /** Starts every task together, waits for all, and fails if any failed. */
    private void runAtOnce(List<Callable<Object>> tasks) throws Exception {
        var start = new CountDownLatch(1);
        List<Future<Object>> futures = tasks.stream().map(task -> pool.submit(() -> {
            start.await();
            return task.call();
        })).toList();
        start.countDown();
        for (Future<Object> future : futures) {
            future.get(30, TimeUnit.SECONDS);
        }
    }

    private static long rows(String countQuery, long id) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery(countQuery).bind(0, id)
                .mapTo(Long.class).one());
    }
}
