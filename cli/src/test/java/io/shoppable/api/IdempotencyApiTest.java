package io.shoppable.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyApiTest extends ApiTestCase {

    private static final int PARALLEL = 16;

    private String alice;
    private String bob;
    private long hat;
    private long video;
    private String addToCart;

    @BeforeEach
    void aVideoSellingAHat() {
        alice = api.token(42, "alice");
        bob = api.token(43, "bob");
        hat = api.createProduct(alice, "Sun Hat", "49.99", 50);
        video = api.createImagePost(alice, hat).get("id").asLong();
        addToCart = "/api/v1/shoppable-videos/" + video + "/add_to_cart/";
    }

    @Test
    void a_repeated_add_to_cart_with_the_same_key_replays_the_first_answer_and_adds_once() {
        var first = withKey(addToCart, "key-1", api.json("quantity", 2), bob);
        var again = withKey(addToCart, "key-1", api.json("quantity", 2), bob);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(quantityInCart()).isEqualTo(2);
    }

    @Test
    void the_same_key_with_a_different_body_is_422_and_changes_nothing() {
        withKey(addToCart, "key-1", api.json("quantity", 2), bob);

        var other = withKey(addToCart, "key-1", api.json("quantity", 3), bob);

        assertProblem(other, 422);
        assertThat(quantityInCart()).isEqualTo(2);
    }

    @Test
    void a_key_still_in_progress_is_409() {
        api.get("/api/v1/cart/", bob);
        TestSql.execute("INSERT INTO idempotency_keys (user_id, endpoint, idem_key, fingerprint, created_at) "
                + "VALUES (43, 'add_to_cart', 'busy', 'x', now())");

        var duplicate = withKey(addToCart, "busy", api.json("quantity", 1), bob);

        assertProblem(duplicate, 409);
        assertThat(quantityInCart()).isZero();
    }

    @Test
    void a_key_left_in_progress_by_a_crashed_node_is_taken_over_after_its_two_minute_lease() {
        api.get("/api/v1/cart/", bob);
        TestSql.execute("INSERT INTO idempotency_keys (user_id, endpoint, idem_key, fingerprint, created_at) "
                + "VALUES (43, 'add_to_cart', 'crashed', 'x', now() - interval '121 seconds')");

        var retry = withKey(addToCart, "crashed", api.json("quantity", 1), bob);
        var again = withKey(addToCart, "crashed", api.json("quantity", 1), bob);

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(quantityInCart()).isEqualTo(1);
    }

    @Test
    void concurrent_duplicates_run_once_and_the_others_replay_or_get_409() {
        var answers = Concurrently.run(PARALLEL, i -> withKey(addToCart, "same", api.json("quantity", 1), bob));

        assertThat(answers).extracting(ApiTestServer.Response::status).containsOnly(200, 409);
        assertThat(answers).filteredOn(answer -> answer.status() == 200)
                .extracting(ApiTestServer.Response::text).containsOnly(answers.stream()
                        .filter(answer -> answer.status() == 200).findFirst().orElseThrow().text());
        assertThat(quantityInCart()).isEqualTo(1);
    }

    @Test
    void keys_are_scoped_per_user_and_per_endpoint() {
        withKey(addToCart, "shared", api.json("quantity", 1), bob);

        var aliceAdds = withKey(addToCart, "shared", api.json("quantity", 1), alice);
        var bobComments = withKey("/api/v1/video-comments/", "shared",
                "{\"video\":" + video + ",\"text\":\"Nice\"}", bob);

        assertThat(aliceAdds.header("Idempotent-Replayed")).isNull();
        assertThat(bobComments.status()).as(bobComments.toString()).isEqualTo(201);
        assertThat(quantityInCart()).isEqualTo(1);
    }

    @Test
    void a_key_older_than_24_hours_has_expired_and_runs_again() {
        withKey(addToCart, "old", api.json("quantity", 1), bob);
        TestSql.execute("UPDATE idempotency_keys SET created_at = now() - interval '25 hours'");

        var later = withKey(addToCart, "old", api.json("quantity", 1), bob);

        assertThat(later.header("Idempotent-Replayed")).isNull();
        assertThat(quantityInCart()).isEqualTo(2);
    }

    @Test
    void a_refused_request_is_replayed_as_refused() {
        var first = withKey(addToCart, "bad", api.json("quantity", 0), bob);
        var again = withKey(addToCart, "bad", api.json("quantity", 0), bob);

        assertProblem(first, 400);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.status()).isEqualTo(400);
    }

    @Test
    void a_repeated_comment_or_report_with_the_same_key_is_created_once() {
        String comment = "{\"video\":" + video + ",\"text\":\"Love it\"}";
        var first = withKey("/api/v1/video-comments/", "c1", comment, bob);
        var again = withKey("/api/v1/video-comments/", "c1", comment, bob);
        String report = "{\"video\":" + video + ",\"reason\":\"spam\"}";
        var reported = withKey("/api/v1/video-reports/", "r1", report, bob);
        var reportedAgain = withKey("/api/v1/video-reports/", "r1", report, bob);

        assertThat(again.text()).isEqualTo(first.text());
        assertThat(reportedAgain.status()).as(reportedAgain.toString()).isEqualTo(reported.status()).isEqualTo(201);
        assertThat(reportedAgain.text()).isEqualTo(reported.text());
        assertThat(api.sql(Long.class, "SELECT count(*) FROM video_comments")).isEqualTo(1);
        assertThat(api.sql(Long.class, "SELECT count(*) FROM video_reports")).isEqualTo(1);
    }

    @Test
    void a_repeated_upload_with_the_same_key_creates_one_video() {
        var form = ApiTestServer.imageForm(hat);
        var first = api.send(api.request("/api/v1/shoppable-videos/")
                .header("Authorization", "Bearer " + alice)
                .header("Idempotency-Key", "u1")
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
        var again = api.send(api.request("/api/v1/shoppable-videos/")
                .header("Authorization", "Bearer " + alice)
                .header("Idempotency-Key", "u1")
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(api.sql(Long.class, "SELECT count(*) FROM videos")).isEqualTo(2);
    }

    @Test
    void a_malformed_key_is_400() {
        var answer = withKey(addToCart, "x".repeat(300), api.json("quantity", 1), bob);

        assertProblem(answer, 400, "Idempotency-Key");
        assertThat(quantityInCart()).isZero();
    }

    private ApiTestServer.Response withKey(String path, String key, String body, String token) {
        return api.send(api.request(path)
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Bob's units in his cart. */
    private long quantityInCart() {
        return api.sql(Long.class, "SELECT coalesce(sum(l.quantity), 0) FROM cart_lines l "
                + "JOIN carts c ON c.id = l.cart_id WHERE c.user_id = 43");
    }
}
