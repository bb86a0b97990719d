package io.shoppable.http;

import io.javalin.Javalin;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Unavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    private Javalin app;

    static final class DatabaseDown extends RuntimeException implements Unavailable {
        DatabaseDown() {
            super("connection refused");
        }
    }

    @BeforeEach
    void start() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            Problems.install(config, () -> true);
            config.routes.get("/not-found", ctx -> {
                throw NotFound.of("Video", 7);
            });
            config.routes.get("/forbidden", ctx -> {
                throw new Forbidden("not yours");
            });
            config.routes.get("/invalid", ctx -> {
                throw Invalid.field("quantity", "must be between 1 and 99");
            });
            config.routes.get("/conflict", ctx -> {
                throw new Conflict("insufficient_stock", "Only 2 left");
            });
            config.routes.get("/unauthorized", ctx -> {
                throw new Unauthorized("The token has expired");
            });
            config.routes.get("/down", ctx -> {
                throw new DatabaseDown();
            });
            config.routes.get("/bug", ctx -> {
                throw new IllegalStateException("secret internals");
            });
        }).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void each_domain_outcome_gets_its_status_as_problem_json() throws Exception {
        assertProblem("/not-found", 404, "Video 7 not found");
        assertProblem("/forbidden", 403, "not yours");
        assertProblem("/conflict", 409, "Only 2 left");
        assertProblem("/unauthorized", 401, "The token has expired");
        assertThat(get("/invalid").body()).contains("\"errors\":{\"quantity\":[\"must be between 1 and 99\"]}");
    }

    @Test
    void an_unreachable_database_is_a_503_with_retry_after() throws Exception {
        var response = assertProblem("/down", 503, "try again shortly");

        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void a_bug_is_a_500_that_leaks_nothing() throws Exception {
        var response = assertProblem("/bug", 500, "Something went wrong");

        assertThat(response.body()).doesNotContain("secret internals").doesNotContain("IllegalStateException");
    }

    private HttpResponse<String> assertProblem(String path, int status, String detail) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains(detail);
        return response;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
