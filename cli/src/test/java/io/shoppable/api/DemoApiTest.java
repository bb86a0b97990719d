package io.shoppable.api;

import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class DemoApiTest extends ApiTestCase {

    private static final String SIGN_IN = "/api/v1/demo/session/";

    @Test
    void demo_sign_in_does_not_exist_in_normal_mode() {
        assertProblem(api.postJson(SIGN_IN, "{}", null), 404);
    }

    @Test
    void the_web_demo_page_and_its_assets_are_served_at_the_root() {
        var page = api.get("/", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("/app.js").contains("/app.css");
        assertThat(api.get("/app.js", null).status()).isEqualTo(200);
        assertThat(api.get("/app.css", null).status()).isEqualTo(200);
    }

    @Test
    void in_demo_mode_a_visitor_gets_a_working_token_for_a_stable_demo_user() {
        api.close();
        api = ApiTestServer.inDemoMode(media);

        var first = api.postJson(SIGN_IN, "{\"username\":\"alice\"}", null);
        var again = api.postJson(SIGN_IN, "{\"username\":\"alice\"}", null);
        var anonymous = api.post(SIGN_IN, null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("username").asText()).isEqualTo("alice");
        assertThat(again.body().get("user_id")).isEqualTo(first.body().get("user_id"));
        assertThat(first.body().get("user_id").asLong()).isGreaterThanOrEqualTo(1_000_000);
        assertThat(anonymous.body().get("username").asText()).isEqualTo("demo_shopper");
        assertThat(api.get("/api/v1/cart/", first.body().get("token").asText()).status()).isEqualTo(200);
    }

    @Test
    void a_bad_demo_username_is_a_400_naming_the_field() {
        api.close();
        api = ApiTestServer.inDemoMode(media);

        assertProblem(api.postJson(SIGN_IN, "{\"username\":\"" + "x".repeat(300) + "\"}", null), 400);
    }

    @Test
    void in_demo_mode_the_registered_routes_are_the_documented_ones_with_the_demo_only_ones() {
        api.close();
        api = ApiTestServer.inDemoMode(media);

        assertThat(new TreeSet<>(api.routes())).containsExactlyInAnyOrderElementsOf(
                OpenApiDocument.get().operations(true));
    }
}
