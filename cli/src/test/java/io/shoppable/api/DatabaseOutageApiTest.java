package io.shoppable.api;

import io.shoppable.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops the real embedded PostgreSQL under the running service and starts it again: while it is down
 * requests get a fast 503 and {@code /health} says DOWN; afterwards the same service answers again, and
 * every listing written is either fully there (201) or not at all (503).
 */
@DisabledWithExternalTestDatabase
class DatabaseOutageApiTest extends ApiTestCase {

    private static final Duration FAST = Duration.ofMillis(500);
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    @Test
    void during_an_outage_requests_get_a_fast_503_and_the_service_recovers_without_a_restart() throws Exception {
        String alice = api.token(42, "alice");
        api.createProduct(alice, "Before", "9.99", 1);
        var answers = new ArrayList<Attempt>();

        TestDatabase.stop();
        try {
            var health = api.get("/health", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body().get("database").asText()).isEqualTo("DOWN");
            for (int i = 0; i < 20; i++) {
                answers.add(attempt("During " + i, alice));
            }
        } finally {
            TestDatabase.restart();
        }
        long restarted = System.nanoTime();
        awaitHealthy();
        Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);
        for (int i = 0; i < 5; i++) {
            answers.add(attempt("After " + i, alice));
        }

        List<Attempt> during = answers.subList(0, 20);
        assertThat(during).allSatisfy(attempt -> assertProblem(attempt.answer(), 503));
        assertThat(during).allSatisfy(attempt -> assertThat(attempt.took()).isLessThan(FAST));
        assertThat(answers.subList(20, 25)).allSatisfy(attempt -> assertThat(attempt.answer().status()).isEqualTo(201));
        for (var attempt : answers) {
            long stored = api.sql(Long.class, "SELECT count(*) FROM products WHERE name = ?", attempt.name());
            assertThat(stored).as(attempt.name()).isEqualTo(attempt.answer().status() == 201 ? 1 : 0);
        }
        System.out.printf("database outage: %d requests during it, slowest %d ms; recovered %d ms after restart%n",
                during.size(), during.stream().mapToLong(attempt -> attempt.took().toMillis()).max().orElse(0),
                recovery.toMillis());
        assertThat(recovery).isLessThan(RECOVERY);
    }

    private Attempt attempt(String name, String token) {
        long started = System.nanoTime();
        var answer = api.postJson("/api/v1/products/", api.json("name", name, "price", 1, "stock", 1), token);
        return new Attempt(name, answer, Duration.ofNanos(System.nanoTime() - started));
    }

    private void awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (System.nanoTime() < deadline && api.get("/health", null).status() != 200) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private record Attempt(String name, ApiTestServer.Response answer, Duration took) {
    }
}
