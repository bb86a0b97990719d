package io.shoppable.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Arrays;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class MediaApiTest extends ApiTestCase {

    private final byte[] picture = Media.png(100);
    private String pictureUrl;

    @BeforeEach
    void anUploadedPicture() {
        var alice = api.token(42, "alice");
        long hat = api.createProduct(alice, "Sun Hat", "49.99", 5);
        var video = api.upload(alice, Multipart.form()
                .field("content_type", "IMAGE").field("title", "Hat").field("category", "1")
                .field("product_id", Long.toString(hat))
                .file("image_file", "hat.mp4", "video/mp4", picture));
        pictureUrl = URI.create(video.get("image_file").asText()).getPath();
    }

    @Test
    void a_stored_file_is_served_whole_with_its_real_content_type_and_nosniff() {
        var answer = api.get(pictureUrl, null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("image/png");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(answer.raw().body()).isEqualTo(picture);
    }

    @Test
    void a_stored_video_is_served_as_video() {
        var alice = api.token(42, "alice");
        var video = api.upload(alice, Multipart.form()
                .field("content_type", "VIDEO").field("title", "Clip").field("category", "1").field("product_id", "1")
                .file("video_file", "clip.jpg", "image/jpeg", Media.mp4(500)));

        var answer = api.get(URI.create(video.get("video_file").asText()).getPath(), null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("video/mp4");
        assertThat(answer.raw().body()).hasSize(500);
    }

    @Test
    void every_accepted_format_is_recognised_by_its_bytes_and_served_as_itself() {
        var alice = api.token(42, "alice");
        long collection = api.createCollection(alice, 1).get("id").asLong();
        var formats = new Object[][] {
                {Media.gif(50), "image/gif"}, {Media.webp(50), "image/webp"}, {Media.jpeg(50), "image/jpeg"},
                {Media.webm(50), "video/webm"}, {Media.quicktime(50), "video/quicktime"}, {Media.mp4(50), "video/mp4"}};

        for (var format : formats) {
            var item = api.postMultipart("/api/v1/shoppable-videos/" + collection + "/add-item/", Multipart.form()
                    .file("file", "upload.bin", "application/octet-stream", (byte[]) format[0]), alice);
            assertThat(item.status()).as(item.toString()).isEqualTo(201);

            var served = api.get(URI.create(item.body().get("file").asText()).getPath(), null);

            assertThat(served.header("Content-Type")).isEqualTo(format[1]);
            assertThat(served.raw().body()).isEqualTo(format[0]);
        }
    }

    @Test
    void a_range_is_answered_with_206_and_only_those_bytes() {
        var answer = ranged("bytes=10-19");

        assertThat(answer.status()).isEqualTo(206);
        assertThat(answer.header("Content-Range")).isEqualTo("bytes 10-19/100");
        assertThat(answer.raw().body()).isEqualTo(Arrays.copyOfRange(picture, 10, 20));
    }

    @Test
    void open_ended_and_suffix_ranges_are_served() {
        var tail = ranged("bytes=90-");
        var last = ranged("bytes=-5");

        assertThat(tail.status()).isEqualTo(206);
        assertThat(tail.header("Content-Range")).isEqualTo("bytes 90-99/100");
        assertThat(tail.raw().body()).isEqualTo(Arrays.copyOfRange(picture, 90, 100));
        assertThat(last.header("Content-Range")).isEqualTo("bytes 95-99/100");
        assertThat(last.raw().body()).isEqualTo(Arrays.copyOfRange(picture, 95, 100));
    }

    @Test
    void an_unsatisfiable_range_is_416_with_the_size() {
        for (String range : new String[] {"bytes=100-200", "bytes=20-10", "lines=1-2", "bytes=-"}) {
            var answer = ranged(range);

            assertProblem(answer, 416);
            assertThat(answer.header("Content-Range")).as(range).isEqualTo("bytes */100");
        }
    }

    @Test
    void an_unknown_file_is_404() {
        assertProblem(api.get("/media/images/0123456789abcdef0123456789abcdef.png", null), 404);
        assertProblem(api.get("/media/.incoming/upload-1.part", null), 404);
    }

    private ApiTestServer.Response ranged(String range) {
        return api.send(api.request(pictureUrl).header("Range", range).GET());
    }
}
