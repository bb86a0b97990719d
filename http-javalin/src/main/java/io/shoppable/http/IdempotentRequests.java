package io.shoppable.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.shoppable.domain.idempotency.IdempotencyKey;
import io.shoppable.domain.idempotency.IdempotencyService;
import io.shoppable.domain.idempotency.IdempotencyService.Outcome;
import io.shoppable.domain.idempotency.StoredResponse;
import io.shoppable.domain.shared.Conflict;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code Idempotency-Key} header on the creating writes (add to cart, upload, comment, report): the
 * first request with a key runs and its answer is stored; a repeat with the same content gets that answer
 * again, exactly; a repeat with other content is a 422; a repeat while the first still runs is a 409.
 * Keys belong to the member and the endpoint. Answers of 500 and above are not kept, so a retry runs again.
 */
final class IdempotentRequests {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotentRequests.class.getName() + ".claimed";

    /** The endpoints that take the header: path pattern to a stable name stored with each key. */
    private static final Map<String, String> ENDPOINTS = Map.of(
            "/api/v1/shoppable-videos/{id}/add_to_cart", "add_to_cart",
            "/api/v1/shoppable-videos", "upload",
            "/api/v1/video-comments", "comment",
            "/api/v1/video-reports", "report");

    private final IdempotencyService service;
    private final Identity identity;

    IdempotentRequests(IdempotencyService service, Identity identity) {
        this.service = service;
        this.identity = identity;
    }

    void register(RoutesConfig routes) {
        ENDPOINTS.forEach((path, endpoint) -> {
            routes.before(path, ctx -> begin(ctx, endpoint));
            routes.after(path, this::end);
        });
    }

    private void begin(Context ctx, String endpoint) {
        var header = ctx.header(HEADER);
        if (header == null || !"POST".equals(ctx.method().name()) || identity.claimedUser(ctx).isEmpty()) {
            return;
        }
        // The member's row must exist before a key can point at it.
        var key = new IdempotencyKey(identity.member(ctx).id(), endpoint, header);
        var outcome = service.begin(key, fingerprint(ctx));
        if (outcome instanceof Outcome.Replay replay) {
            var stored = replay.response();
            ctx.status(stored.status()).contentType(stored.contentType()).result(stored.body());
            ctx.header(REPLAYED, "true");
            ctx.skipRemainingHandlers();
        } else if (outcome instanceof Outcome.Mismatch) {
            throw new HttpResponseException(422, "This Idempotency-Key was already used for a different request.");
        } else if (outcome instanceof Outcome.InProgress) {
            throw new Conflict("idempotency-key-in-use", "A request with this Idempotency-Key is still being processed.");
        } else {
            ctx.attribute(CLAIMED, key);
        }
    }

    private void end(Context ctx) {
        IdempotencyKey key = ctx.attribute(CLAIMED);
        if (key == null) {
            return;
        }
        ctx.attribute(CLAIMED, null);
        int status = ctx.status().getCode();
        var body = ctx.result();
        if (status >= 500 || body == null) {
            service.abandon(key);
            return;
        }
        var contentType = ctx.res().getContentType();
        service.finish(key, new StoredResponse(status, contentType == null ? "application/json" : contentType, body));
    }

    /**
     * What makes two requests "the same": the path and the body. A multipart body is compared by its
     * fields and by each file's name and size, because its boundary differs from one send to the next.
     */
    private static String fingerprint(Context ctx) {
        var digest = sha256();
        digest.update(ctx.path().getBytes(StandardCharsets.UTF_8));
        var contentType = ctx.contentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            var parts = new TreeMap<String, Object>();
            try {
                ctx.formParamMap().forEach(parts::put);
                ctx.uploadedFileMap().forEach((name, files) -> parts.put("file:" + name, files.stream()
                        .map(file -> file.filename() + "/" + file.size()).toList()));
            } catch (RuntimeException e) {
                // An unreadable form is refused by the route itself; its fingerprint only needs to be stable.
                parts.put("unreadable", ctx.header("Content-Length"));
            }
            digest.update(parts.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            digest.update(ctx.bodyAsBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
