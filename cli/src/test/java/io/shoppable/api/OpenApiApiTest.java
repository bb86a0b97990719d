package io.shoppable.api;

import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiApiTest extends ApiTestCase {

    @Test
    void the_openapi_document_is_served_as_json_in_version_3_1() {
        var served = api.get("/api/v1/openapi.json", null);

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).startsWith("application/json");
        assertThat(served.body().get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(served.body()).isEqualTo(OpenApiDocument.get().raw());
    }

    @Test
    void every_registered_route_is_documented_and_every_documented_route_is_registered() {
        var registered = new TreeSet<>(api.routes());

        assertThat(registered).containsExactlyInAnyOrderElementsOf(OpenApiDocument.get().operations(false));
    }

    @Test
    void every_operation_documents_its_security_and_its_answers() {
        var document = OpenApiDocument.get().raw();

        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            assertThat(op.getValue().has("security")).as(op.getKey() + " " + path.getKey()).isTrue();
            assertThat(op.getValue().get("responses").size()).as(op.getKey() + " " + path.getKey()).isPositive();
        }));
    }

    @Test
    void the_reference_page_loads_swagger_ui_from_its_webjar() {
        var page = api.get("/docs", null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        var assets = java.util.regex.Pattern.compile("(/webjars/swagger-ui/[^\"]+)").matcher(page.text());
        int found = 0;
        while (assets.find()) {
            found++;
            assertThat(api.get(assets.group(1), null).status()).as(assets.group(1)).isEqualTo(200);
        }
        assertThat(found).isEqualTo(2);
        assertThat(page.text()).contains("/api/v1/openapi.json");
    }

    @Test
    void representative_answers_of_each_resource_match_their_documented_schemas() {
        var seller = api.token(1, "seller");
        var shopper = api.token(2, "shopper");
        long product = api.createProduct(seller, "Sun hat", "19.90", 5);
        long video = api.createImagePost(seller, product).get("id").asLong();
        var document = OpenApiDocument.get();

        var answers = java.util.List.of(
                api.get("/api/v1/shoppable-videos/", shopper),
                api.get("/api/v1/shoppable-videos/" + video + "/", shopper),
                api.post("/api/v1/shoppable-videos/" + video + "/like/", shopper),
                api.post("/api/v1/shoppable-videos/" + video + "/save_video/", shopper),
                api.post("/api/v1/shoppable-videos/" + video + "/view/", null),
                api.post("/api/v1/shoppable-videos/" + video + "/share/", null),
                api.post("/api/v1/shoppable-videos/" + video + "/add_to_cart/", shopper),
                api.get("/api/v1/cart/", shopper),
                api.get("/api/v1/products/" + product + "/", null),
                api.get("/api/v1/shoppable-video-categories/", null),
                api.postJson("/api/v1/video-comments/", api.json("video", video, "text", "Love it"), shopper),
                api.get("/api/v1/video-comments/?video_id=" + video, null),
                api.get("/api/v1/shoppable-videos/" + video + "/more-like-this/", null),
                api.get("/api/v1/creators/trending/", null),
                api.get("/api/v1/shoppable-videos/" + video + "/nope/", null),
                api.get("/api/v1/products/abc/", null));

        for (var answer : answers) {
            var request = answer.raw().request();
            assertThat(document.violations(request.method(), answer.raw().uri().getPath(), answer.status(),
                    answer.header("Content-Type"), answer.text())).as(answer.toString()).isEmpty();
        }
        assertThat(answers).extracting(ApiTestServer.Response::status).contains(200, 201, 400, 404);
    }
}
