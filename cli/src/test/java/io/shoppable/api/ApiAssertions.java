package io.shoppable.api;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the shape every failure answer has. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /**
     * The response is an RFC 9457 problem with this status and, when {@code fields} are given, an
     * {@code errors} object naming each of them.
     */
    public static void assertProblem(ApiTestServer.Response response, int status, String... fields) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        var problem = response.body();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        for (String field : fields) {
            assertThat(problem.path("errors").has(field)).as("errors name %s in %s", field, response).isTrue();
        }
    }
}
