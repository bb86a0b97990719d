package io.shoppable.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class HealthApiTest extends ApiTestCase {

    @Test
    void health_is_up_when_the_database_answers_and_needs_no_login() {
        var health = api.get("/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asText()).isEqualTo("UP");
        assertThat(health.body().get("database").asText()).isEqualTo("UP");
    }

    @Test
    void health_is_503_with_the_database_down_when_it_does_not_answer() {
        try (var down = new ApiTestServer(media, () -> false)) {
            var health = down.get("/health", null);

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body().get("status").asText()).isEqualTo("DOWN");
            assertThat(health.body().get("database").asText()).isEqualTo("DOWN");
        }
    }

    @Test
    void a_request_needing_the_database_while_it_is_down_is_503_not_500() {
        try (var down = ApiTestServer.withDatabaseDown(media)) {
            var answer = down.get("/api/v1/products/1/", null);

            assertProblem(answer, 503);
        }
    }

    @Test
    void unknown_paths_are_404_and_unsupported_methods_405_as_problems() {
        assertProblem(api.get("/api/v1/nothing-here/", null), 404);
        assertProblem(api.send(api.request("/api/v1/products/1/").PUT(HttpRequest.BodyPublishers.noBody())), 405);
    }

    @Test
    void every_answer_tells_browsers_not_to_sniff_content_types() {
        assertThat(api.get("/health", null).header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get("/api/v1/products/1/", null).header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
