package io.shoppable.http;

import io.javalin.http.Context;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.UserService;
import io.shoppable.domain.user.Viewer;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a request comes from: a member named by valid credentials, else an anonymous caller keyed by
 * its {@code X-Session-Id} header or, failing that, its address. A member's user row is created or
 * refreshed from the claims the first time they are seen (and again whenever the claims change).
 */
public final class Identity {

    static final String SESSION_HEADER = "X-Session-Id";
    private static final int MAX_REMEMBERED = 100_000;

    private final Authenticator authenticator;
    private final UserService users;
    private final Map<Viewer.Member, Boolean> recognised = new ConcurrentHashMap<>();

    public Identity(Authenticator authenticator, UserService users) {
        this.authenticator = authenticator;
        this.users = users;
    }

    /** The caller, member or anonymous; bad credentials are a 401 even where login is optional. */
    public Viewer viewer(Context ctx) {
        var member = authenticator.authenticate(ctx.header("Authorization"));
        if (member.isPresent()) {
            return remember(member.get());
        }
        var session = ctx.header(SESSION_HEADER);
        var key = session == null || session.isBlank() ? "ip:" + ctx.ip() : "session:" + session.strip();
        return new Viewer.Anonymous(key.length() > Viewer.Anonymous.MAX_SESSION_KEY_LENGTH
                ? key.substring(0, Viewer.Anonymous.MAX_SESSION_KEY_LENGTH) : key);
    }

    /** The calling member; a request without valid credentials is a 401. */
    public Viewer.Member member(Context ctx) {
        var member = authenticator.authenticate(ctx.header("Authorization"))
                .orElseThrow(() -> new Unauthorized("Authentication credentials were not provided"));
        return remember(member);
    }

    /**
     * The member the credentials name, checked but without touching the user table: empty for anonymous
     * callers and for bad credentials (which the route itself then answers with 401). For rate limits.
     */
    Optional<UserId> claimedUser(Context ctx) {
        try {
            return authenticator.authenticate(ctx.header("Authorization")).map(Viewer.Member::id);
        } catch (Unauthorized e) {
            return Optional.empty();
        }
    }

    private Viewer.Member remember(Viewer.Member member) {
        if (!recognised.containsKey(member)) {
            users.recognise(member);
            if (recognised.size() >= MAX_REMEMBERED) {
                recognised.clear();
            }
            recognised.put(member, Boolean.TRUE);
        }
        return member;
    }
}
