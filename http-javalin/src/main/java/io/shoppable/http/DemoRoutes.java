package io.shoppable.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.domain.user.Viewer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.zip.CRC32;

/**
 * {@code POST /api/v1/demo/session}: signs a web-demo visitor in as a demo user, registered only in demo
 * mode. Body {@code {"username": "alice"}} is optional; the same name always gets the same user id, in a
 * range of its own (1 000 000 and up) so demo users never collide with seeded ones.
 */
final class DemoRoutes {

    static final String PATH = "/api/v1/demo/session";
    private static final String DEFAULT_USERNAME = "demo_shopper";
    private static final long FIRST_DEMO_ID = 1_000_000;
    private static final long DEMO_IDS = 1_000_000;

    private final DemoTokens tokens;
    private final Params params;

    DemoRoutes(DemoTokens tokens, Params params) {
        this.tokens = tokens;
        this.params = params;
    }

    void register(RoutesConfig routes) {
        routes.post(PATH, this::signIn);
    }

    private void signIn(Context ctx) {
        var requested = ctx.body().isBlank() ? null : params.body(ctx, SignInJson.class).username();
        var username = new Username(requested == null || requested.isBlank() ? DEFAULT_USERNAME : requested.strip());
        var member = new Viewer.Member(new UserId(idOf(username)), username, false);
        var answer = new LinkedHashMap<String, Object>();
        answer.put("token", tokens.issue(member));
        answer.put("user_id", member.id().value());
        answer.put("username", username.value());
        ctx.json(answer);
    }

    private static long idOf(Username username) {
        var crc = new CRC32();
        crc.update(username.value().getBytes(StandardCharsets.UTF_8));
        return FIRST_DEMO_ID + crc.getValue() % DEMO_IDS;
    }

    record SignInJson(String username) {
    }
}
