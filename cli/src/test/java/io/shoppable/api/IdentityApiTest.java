package io.shoppable.api;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.domain.user.Viewer;
import io.shoppable.http.JwtAuthenticator;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class IdentityApiTest extends ApiTestCase {

    private static final String CART = "/api/v1/cart/";

    @Test
    void a_missing_token_on_a_member_endpoint_is_401_with_a_bearer_challenge() {
        var answer = api.get(CART, null);

        assertProblem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void every_member_endpoint_needs_a_token() {
        var video = "/api/v1/shoppable-videos/1/";
        assertProblem(api.postJson("/api/v1/products/", "{}", null), 401);
        assertProblem(api.postMultipart("/api/v1/shoppable-videos/", ApiTestServer.imageForm(1), null), 401);
        assertProblem(api.patchJson(video, "{}", null), 401);
        assertProblem(api.delete(video, null), 401);
        assertProblem(api.postMultipart(video + "add-item/", Multipart.form(), null), 401);
        assertProblem(api.post(video + "like/", null), 401);
        assertProblem(api.post(video + "save_video/", null), 401);
        assertProblem(api.postJson(video + "add_to_cart/", "{}", null), 401);
        assertProblem(api.get(CART, null), 401);
    }

    @Test
    void a_malformed_authorization_header_is_401() {
        assertProblem(withAuthorization("Bearer not-a-jwt"), 401);
        assertProblem(withAuthorization("Bearer "), 401);
        assertProblem(withAuthorization("Basic YWxpY2U6c2VjcmV0"), 401);
    }

    @Test
    void a_token_signed_with_another_secret_is_401() {
        var forged = new JwtAuthenticator("not-the-secret", Clock.systemUTC())
                .issue(new Viewer.Member(new UserId(42), new Username("alice"), true), Duration.ofHours(1));

        assertProblem(api.get(CART, forged), 401);
    }

    @Test
    void an_expired_token_is_401() {
        var expired = api.token(42, "alice", false, Duration.ofMinutes(-5));

        var answer = api.get(CART, expired);

        assertProblem(answer, 401);
        assertThat(answer.body().get("detail").asText()).contains("expired");
    }

    @Test
    void a_token_whose_subject_is_not_a_positive_integer_is_401() {
        assertProblem(api.get(CART, signed("alice", "alice")), 401);
        assertProblem(api.get(CART, signed("0", "alice")), 401);
    }

    @Test
    void a_token_without_a_username_is_401() {
        var token = JWT.create().withSubject("42").withExpiresAt(Instant.now().plusSeconds(600))
                .sign(Algorithm.HMAC256(ApiTestServer.SECRET));

        assertProblem(api.get(CART, token), 401);
    }

    @Test
    void a_bad_token_is_401_even_where_login_is_optional() {
        assertProblem(api.get("/api/v1/shoppable-videos/", "not-a-jwt"), 401);
        assertProblem(api.post("/api/v1/shoppable-videos/1/view/", "not-a-jwt"), 401);
    }

    @Test
    void the_first_authenticated_request_creates_the_user_row_from_the_claims() {
        assertThat(api.get(CART, api.token(42, "alice", true)).status()).isEqualTo(200);

        assertThat(api.sql(String.class, "SELECT username FROM users WHERE id = ?", 42L)).isEqualTo("alice");
        assertThat(api.sql(Boolean.class, "SELECT is_admin FROM users WHERE id = ?", 42L)).isTrue();
    }

    @Test
    void changed_claims_update_the_user_row() {
        api.get(CART, api.token(42, "alice", true));

        api.get(CART, api.token(42, "alice_b", false));

        assertThat(api.sql(String.class, "SELECT username FROM users WHERE id = ?", 42L)).isEqualTo("alice_b");
        assertThat(api.sql(Boolean.class, "SELECT is_admin FROM users WHERE id = ?", 42L)).isFalse();
        assertThat(api.sql(Long.class, "SELECT count(*) FROM users")).isEqualTo(1);
    }

    private ApiTestServer.Response withAuthorization(String header) {
        return api.send(api.request(CART).header("Authorization", header).GET());
    }

    private static String signed(String subject, String username) {
        return JWT.create().withSubject(subject).withClaim("username", username)
                .withExpiresAt(Instant.now().plusSeconds(600)).sign(Algorithm.HMAC256(ApiTestServer.SECRET));
    }
}
