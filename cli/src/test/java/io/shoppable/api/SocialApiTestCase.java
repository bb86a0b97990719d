package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh service over an emptied database for each test, with the people the social tests need (alice
 * and bob are members, root an admin) and shortcuts to make products, videos and profiles over HTTP.
 */
abstract class SocialApiTestCase {

    static final long ALICE = 42;
    static final long BOB = 43;
    static final long CAROL = 44;
    static final long ROOT = 1;
    static final long FASHION = 1;

    @TempDir
    Path media;

    ApiTestServer api;
    String alice;
    String bob;
    String carol;
    String root;

    @BeforeEach
    void startServer() {
        api = new ApiTestServer(media);
        alice = member(ALICE, "alice");
        bob = member(BOB, "bob");
        carol = member(CAROL, "carol");
        root = api.token(ROOT, "root", true);
        api.get("/api/v1/shoppable-video-categories/", root);
    }

    @AfterEach
    void stopServer() {
        api.close();
    }

    /** A token for a member whose user row exists (every authenticated request creates it). */
    String member(long id, String username) {
        var token = api.token(id, username, false);
        api.get("/api/v1/shoppable-video-categories/", token);
        return token;
    }

    ApiTestServer.Response putJson(String path, String body, String token) {
        var request = HttpRequest.newBuilder(URI.create(api.url(path)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        return api.send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    /** A product sold by the token's user, optionally in a marketplace category. */
    long product(String token, Long category) {
        var body = "{\"name\":\"Hat\",\"price\":10.00,\"stock\":5"
                + (category == null ? "" : ",\"category\":" + category) + "}";
        var created = api.postJson("/api/v1/products/", body, token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    /** An image video uploaded by the token's user in {@code category}, selling {@code product}. */
    long video(String token, long category, long product) {
        var created = api.postMultipart("/api/v1/shoppable-videos/", Multipart.form()
                .field("content_type", "IMAGE")
                .field("title", "Look")
                .field("category", Long.toString(category))
                .field("product_id", Long.toString(product))
                .file("image_file", "look.png", "image/png", Media.png(100)), token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    /** An image video in Fashion selling a new product of the uploader. */
    long video(String token) {
        return video(token, FASHION, product(token, null));
    }

    /** The creator profile id of the token's user, creating one with {@code handle} if needed. */
    long creator(String token, String handle) {
        var created = api.postJson("/api/v1/creators/", "{\"handle\":\"" + handle + "\",\"display_name\":\""
                + handle + "\"}", token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    static List<Long> ids(JsonNode array) {
        var ids = new ArrayList<Long>();
        array.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }
}
