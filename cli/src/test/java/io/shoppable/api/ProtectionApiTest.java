package io.shoppable.api;

import io.shoppable.http.RateLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Write rate limits and CORS, each on a service configured for it. */
class ProtectionApiTest {

    private static final RateLimits TIGHT = new RateLimits(true, 1, 3, 60, 10, Duration.ofMinutes(10));

    @TempDir
    Path media;

    private ApiTestServer api;

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_member_beyond_their_write_limit_gets_429_with_retry_after_and_nothing_is_written() {
        api = ApiTestServer.configured(media, config -> config.withRateLimits(TIGHT));
        String alice = api.token(42, "alice");
        IntStream.range(0, 3).forEach(i -> api.createProduct(alice, "Hat " + i, "9.99", 1));

        var limited = api.postJson("/api/v1/products/", api.json("name", "One more", "price", 1, "stock", 1), alice);

        assertProblem(limited, 429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(api.sql(Long.class, "SELECT count(*) FROM products")).isEqualTo(3);
    }

    @Test
    void another_member_and_reads_are_not_limited_by_someone_elses_writes() {
        api = ApiTestServer.configured(media, config -> config.withRateLimits(TIGHT));
        String alice = api.token(42, "alice");
        IntStream.range(0, 3).forEach(i -> api.createProduct(alice, "Hat " + i, "9.99", 1));

        var bobWrites = api.postJson("/api/v1/products/", api.json("name", "Scarf", "price", 1, "stock", 1),
                api.token(43, "bob"));
        var reads = IntStream.range(0, 20).mapToObj(i -> api.get("/api/v1/products/1/", alice).status()).toList();

        assertThat(bobWrites.status()).isEqualTo(201);
        assertThat(reads).containsOnly(200);
    }

    @Test
    void one_address_beyond_its_write_limit_gets_429_even_anonymously() {
        api = ApiTestServer.configured(media, config -> config.withRateLimits(
                new RateLimits(true, 60, 30, 1, 2, Duration.ofMinutes(10))));

        var answers = IntStream.range(0, 3).mapToObj(i -> api.post("/api/v1/shoppable-videos/1/view/", null)).toList();

        assertProblem(answers.get(2), 429);
        assertThat(answers.get(2).header("Retry-After")).isNotNull();
    }

    @Test
    void cors_is_off_by_default() {
        api = new ApiTestServer(media);

        var answer = api.send(api.request("/api/v1/shoppable-video-categories/").header("Origin", "https://shop.example"));

        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void cors_allows_only_the_configured_origins() {
        api = ApiTestServer.configured(media, config -> config.withCorsOrigins(List.of("https://shop.example")));

        var allowed = api.send(api.request("/api/v1/shoppable-video-categories/").header("Origin", "https://shop.example"));
        var other = api.send(api.request("/api/v1/shoppable-video-categories/").header("Origin", "https://evil.example"));
        var preflight = api.send(api.request("/api/v1/products/")
                .header("Origin", "https://shop.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example");
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example");
    }
}
