package io.shoppable.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VideoUploadApiTest {

    @TempDir
    Path media;

    private ApiTestServer api;
    private String alice;

    @BeforeEach
    void start() {
        api = new ApiTestServer(media);
        alice = api.token(42, "alice", false);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void an_image_upload_answers_201_with_the_video_as_a_get_returns_it() {
        long product = api.postJson("/api/v1/products/", "{\"name\":\"Sun Hat\",\"price\":49.99,\"stock\":5}", alice)
                .body().get("id").asLong();

        var created = api.postMultipart("/api/v1/shoppable-videos/", Multipart.form()
                .field("content_type", "IMAGE")
                .field("title", "Summer hat")
                .field("category", "1")
                .field("product_id", Long.toString(product))
                .field("tags", "summer")
                .field("tags", "hats")
                .file("image_file", "hat.mp4", "video/mp4", Media.png(100)), alice);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var video = created.body();
        assertThat(video.get("content_type").asText()).isEqualTo("IMAGE");
        assertThat(video.get("image_file").asText()).startsWith(api.url("/media/images/")).endsWith(".png");
        assertThat(video.get("video_file").isNull()).isTrue();
        assertThat(video.get("product").get("price").decimalValue()).isEqualByComparingTo("49.99");
        assertThat(video.get("creator").get("handle").asText()).isEqualTo("@alice");
        assertThat(video.get("tags")).extracting(tag -> tag.asText()).containsExactly("summer", "hats");
        var fetched = api.get("/api/v1/shoppable-videos/" + video.get("id").asLong() + "/", null);
        assertThat(fetched.body()).isEqualTo(video);
    }
}
