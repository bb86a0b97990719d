package io.shoppable.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write of the API (parts 1 and 2) against every kind of caller. The owner is alice: she posted the video,
 * the comment, the report or the profile; the other user is bob; the admin is root. Each caller gets a
 * fresh resource, and a refused write leaves it exactly as it was.
 */
class AuthorisationMatrixApiTest extends SocialApiTestCase {

    private static final String ANONYMOUS = null;

    private int sequence;

    /** A resource made for one caller: where it lives, how to read it back, and the video it is about. */
    record Target(String path, String readPath, long video) {

        Target(String path, String readPath) {
            this(path, readPath, 0);
        }
    }

    /** One write: how to make its resource, how to call it, and the status each caller gets. */
    record Write(String name, Setup setup, String method, String body, int anonymous, int other, int owner,
                 int admin) {

        @Override
        public String toString() {
            return name;
        }
    }

    interface Setup {
        Target make(AuthorisationMatrixApiTest test);
    }

    static List<Write> writes() {
        return List.of(
                new Write("create a category", t -> new Target("/api/v1/shoppable-video-categories/",
                        "/api/v1/shoppable-video-categories/?limit=100"), "POST", "{\"name\":\"New %s\"}",
                        401, 403, 403, 201),
                new Write("update a category", t -> t.category(), "PATCH", "{\"order\":7}", 401, 403, 403, 200),
                new Write("replace a category", t -> t.category(), "PUT", "{\"name\":\"Put %s\"}", 401, 403, 403, 200),
                new Write("delete a category", t -> t.category(), "DELETE", null, 401, 403, 403, 204),
                new Write("post a comment", t -> t.videoComments(), "POST", "{\"video\":%v,\"text\":\"hi\"}",
                        401, 201, 201, 201),
                new Write("edit a comment", t -> t.comment(), "PATCH", "{\"text\":\"changed\"}", 401, 403, 200, 200),
                new Write("replace a comment's text", t -> t.comment(), "PUT", "{\"text\":\"put\"}",
                        401, 403, 200, 200),
                new Write("delete a comment", t -> t.comment(), "DELETE", null, 401, 403, 204, 204),
                new Write("report a video", t -> t.videoReports(), "POST", "{\"video\":%v,\"reason\":\"spam\"}",
                        401, 201, 201, 201),
                new Write("review a report", t -> t.report(), "PATCH", "{\"status\":\"dismissed\"}",
                        401, 403, 403, 200),
                new Write("toggle a user follow", t -> new Target("/api/v1/user-follows/toggle_follow/",
                        "/api/v1/user-follows/?user_id=" + ALICE), "POST", "{\"following_id\":" + ALICE + "}",
                        401, 200, 400, 200),
                new Write("create a creator profile", t -> t.ownProfile(), "POST",
                        "{\"handle\":\"h%s\",\"display_name\":\"Someone\"}", 401, 201, 409, 201),
                new Write("update a creator profile", t -> t.profile(), "PATCH", "{\"bio\":\"changed\"}",
                        401, 403, 200, 200),
                new Write("replace a creator profile", t -> t.profile(), "PUT",
                        "{\"handle\":\"r%s\",\"display_name\":\"Replaced\"}", 401, 403, 200, 200),
                new Write("verify a creator", t -> t.profile(), "PATCH", "{\"is_verified\":true}", 401, 403, 403, 200),
                new Write("follow a creator", t -> t.profileFollow(), "POST", "", 401, 200, 400, 200),
                new Write("list a product", t -> t.products(), "POST",
                        "{\"name\":\"Matrix %s\",\"price\":1.50,\"stock\":1}", 401, 201, 201, 201),
                new Write("upload a video", t -> t.uploads(), "UPLOAD", null, 401, 201, 201, 201),
                new Write("update a video", t -> t.videoOf(""), "PATCH", "{\"title\":\"Renamed %s\"}",
                        401, 403, 200, 200),
                new Write("delete a video", t -> t.videoOf(""), "DELETE", null, 401, 403, 204, 204),
                new Write("like a video", t -> t.videoOf("like/"), "POST", "", 401, 200, 200, 200),
                new Write("save a video", t -> t.videoOf("save_video/"), "POST", "", 401, 200, 200, 200),
                new Write("count a view", t -> t.videoOf("view/"), "POST", "", 200, 200, 200, 200),
                new Write("count a share", t -> t.videoOf("share/"), "POST", "", 200, 200, 200, 200),
                new Write("track an interaction", t -> t.videoOf("track-interaction/"), "POST",
                        "{\"event_type\":\"product_view\"}", 200, 200, 200, 200),
                new Write("add to cart", t -> t.videoOf("add_to_cart/"), "POST", "", 401, 200, 200, 200),
                new Write("add an item to a collection", t -> t.collection(), "ITEM", null, 401, 403, 201, 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void each_caller_gets_the_expected_status_and_a_refused_write_changes_nothing(Write write) {
        var callers = new LinkedHashMap<String, String>();
        callers.put("anonymous", ANONYMOUS);
        callers.put("other user", bob);
        callers.put("owner", alice);
        callers.put("admin", root);
        var expected = Map.of("anonymous", write.anonymous(), "other user", write.other(), "owner", write.owner(),
                "admin", write.admin());
        int n = 0;
        for (var caller : callers.entrySet()) {
            var target = write.setup().make(this);
            var before = api.get(target.readPath(), root).text();
            var body = write.body() == null ? null : write.body().replace("%s", Integer.toString(++n))
                    .replace("%v", Long.toString(target.video()));

            var answer = send(write.method(), target.path(), body, caller.getValue());

            int wanted = expected.get(caller.getKey());
            assertThat(answer.status()).as(write.name() + " by " + caller.getKey() + ": " + answer).isEqualTo(wanted);
            if (wanted >= 400) {
                assertThat(api.get(target.readPath(), root).text()).as(write.name() + " by " + caller.getKey())
                        .isEqualTo(before);
            }
        }
    }

    private ApiTestServer.Response send(String method, String path, String body, String token) {
        return switch (method) {
            case "POST" -> api.postJson(path, body, token);
            case "PATCH" -> api.patchJson(path, body, token);
            case "PUT" -> putJson(path, body, token);
            case "DELETE" -> api.delete(path, token);
            case "ITEM" -> api.postMultipart(path, Multipart.form().field("order", "1")
                    .file("file", "a.png", "image/png", Media.png(10)), token);
            case "UPLOAD" -> api.postMultipart(path, Multipart.form()
                    .field("content_type", "IMAGE")
                    .field("title", "Matrix upload")
                    .field("category", Long.toString(FASHION))
                    .field("product_id", Long.toString(product(token == null ? alice : token, null)))
                    .file("image_file", "look.png", "image/png", Media.png(100)), token);
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** A new video of alice's, and the path of {@code action} on it ("" for the video itself). */
    private Target videoOf(String action) {
        long video = video(alice);
        var path = "/api/v1/shoppable-videos/" + video + "/";
        return new Target(path + action, path, video);
    }

    private Target collection() {
        long collection = api.createCollection(alice, product(alice, null)).get("id").asLong();
        var path = "/api/v1/shoppable-videos/" + collection + "/";
        return new Target(path + "add-item/", path, collection);
    }

    private Target products() {
        long video = video(alice);
        return new Target("/api/v1/products/", "/api/v1/shoppable-videos/" + video + "/", video);
    }

    private Target uploads() {
        return new Target("/api/v1/shoppable-videos/", "/api/v1/shoppable-videos/?limit=100");
    }

    private Target category() {
        var created = api.postJson("/api/v1/shoppable-video-categories/", "{\"name\":\"Matrix " + (++sequence)
                + "\"}", root).body();
        var path = "/api/v1/shoppable-video-categories/" + created.get("id").asLong() + "/";
        return new Target(path, "/api/v1/shoppable-video-categories/?limit=100");
    }

    private Target videoComments() {
        long video = video(alice);
        return new Target("/api/v1/video-comments/", "/api/v1/video-comments/?video_id=" + video, video);
    }

    private Target comment() {
        long video = video(alice);
        long comment = api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\"mine\"}", alice)
                .body().get("id").asLong();
        return new Target("/api/v1/video-comments/" + comment + "/", "/api/v1/video-comments/?video_id=" + video);
    }

    private Target videoReports() {
        return new Target("/api/v1/video-reports/", "/api/v1/video-reports/?limit=100", video(alice));
    }

    private Target report() {
        long video = video(carol);
        long report = api.postJson("/api/v1/video-reports/", "{\"video\":" + video + ",\"reason\":\"spam\"}", alice)
                .body().get("id").asLong();
        return new Target("/api/v1/video-reports/" + report + "/", "/api/v1/video-reports/?limit=100");
    }

    private Target ownProfile() {
        if (api.get("/api/v1/creators/?q=alice_own", null).body().get("count").asLong() == 0) {
            creator(alice, "alice_own");
        }
        return new Target("/api/v1/creators/", "/api/v1/creators/?limit=100");
    }

    private Target profile() {
        var existing = api.get("/api/v1/creators/?q=alice", null).body().get("results");
        long id = existing.isEmpty() ? creator(alice, "alice_shop") : existing.get(0).get("id").asLong();
        return new Target("/api/v1/creators/" + id + "/", "/api/v1/creators/" + id + "/");
    }

    private Target profileFollow() {
        var profile = profile();
        return new Target(profile.path() + "follow/", profile.readPath());
    }
}
