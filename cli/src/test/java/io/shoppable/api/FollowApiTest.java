package io.shoppable.api;

import io.shoppable.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FollowApiTest extends SocialApiTestCase {

    private ApiTestServer.Response toggle(long following, String token) {
        return api.postJson("/api/v1/user-follows/toggle_follow/", "{\"following_id\":" + following + "}", token);
    }

    @Test
    void toggling_follows_then_unfollows() {
        var followed = toggle(ALICE, bob);
        var unfollowed = toggle(ALICE, bob);

        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.body().get("status").asText()).isEqualTo("followed");
        assertThat(unfollowed.body().get("status").asText()).isEqualTo("unfollowed");
    }

    @Test
    void a_missing_id_or_yourself_is_a_400_and_an_unknown_user_a_404() {
        assertThat(api.postJson("/api/v1/user-follows/toggle_follow/", "{}", bob).status()).isEqualTo(400);
        assertThat(toggle(BOB, bob).status()).isEqualTo(400);
        assertThat(toggle(999, bob).status()).isEqualTo(404);
        assertThat(toggle(ALICE, null).status()).isEqualTo(401);
    }

    @Test
    void the_followers_of_a_user_are_listed_newest_first_and_paged() {
        toggle(ALICE, bob);
        toggle(ALICE, carol);

        var page = api.get("/api/v1/user-follows/?user_id=" + ALICE + "&limit=1", null).body();

        assertThat(page.get("count").asLong()).isEqualTo(2);
        assertThat(page.get("results").get(0).get("follower").asLong()).isEqualTo(CAROL);
        assertThat(page.get("results").get(0).get("follower_username").asText()).isEqualTo("carol");
        assertThat(page.get("results").get(0).get("following").asLong()).isEqualTo(ALICE);
        assertThat(page.get("next").isNull()).isFalse();
        assertThat(api.get("/api/v1/user-follows/", null).status()).isEqualTo(400);
    }

    @Test
    void following_a_user_moves_their_creator_follower_count() {
        long profile = creator(alice, "alice_shop");

        toggle(ALICE, bob);

        assertThat(api.get("/api/v1/creators/" + profile + "/", null).body().get("follower_count").asLong())
                .isEqualTo(1);
    }

    @Test
    void sixty_four_parallel_toggles_leave_the_follower_count_equal_to_the_rows() throws Exception {
        long profile = creator(alice, "alice_shop");
        var tokens = new ArrayList<String>();
        // 64 toggles over 24 fans: 16 fans toggle three times (following), 8 twice (not following).
        for (int i = 0; i < 24; i++) {
            tokens.add(member(100 + i, "fan" + i));
        }
        var calls = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 64; i++) {
            var token = tokens.get(i % tokens.size());
            boolean byUserId = i % 2 == 0;
            calls.add(() -> byUserId ? toggle(ALICE, token).status()
                    : api.postJson("/api/v1/creators/" + profile + "/follow/", "", token).status());
        }
        var pool = Executors.newFixedThreadPool(16);
        try {
            for (var result : pool.invokeAll(calls)) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        long rows = TestDatabase.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM user_follows WHERE following_id = :user").bind("user", ALICE)
                .mapTo(Long.class).one());
        long count = TestDatabase.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT follower_count FROM creator_profiles WHERE id = :id").bind("id", profile)
                .mapTo(Long.class).one());
        assertThat(rows).isEqualTo(16);
        assertThat(count).isEqualTo(rows);
        assertThat(api.get("/api/v1/creators/" + profile + "/", null).body().get("follower_count").asLong())
                .isEqualTo(rows);
    }
}
