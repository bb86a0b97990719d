package io.shoppable.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns failures into HTTP answers: RFC 9457 problem details with content type
 * {@code application/problem+json}. A 500 never carries a stack trace; it is logged instead.
 */
public final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    /**
     * Registers the exception mappers on a Javalin configuration. {@code health} tells an unexpected
     * failure caused by the database being down (503) from a bug (500).
     */
    public static void install(JavalinConfig config, HealthCheck health) {
        config.routes.exception(NotFound.class, (e, ctx) -> write(ctx, 404, "not-found", e.getMessage(), Map.of()));
        config.routes.exception(Forbidden.class, (e, ctx) -> write(ctx, 403, "forbidden", e.getMessage(), Map.of()));
        config.routes.exception(Invalid.class, (e, ctx) -> write(ctx, 400, "invalid", e.getMessage(), e.fields()));
        config.routes.exception(Conflict.class, (e, ctx) -> write(ctx, 409, e.code(), e.getMessage(), Map.of()));
        config.routes.exception(Unauthorized.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer");
            write(ctx, 401, "unauthorized", e.getMessage(), Map.of());
        });
        config.routes.exception(ContentTooLarge.class, (e, ctx) -> {
            // The rest of an oversized body may be left unread; a client must not reuse this connection.
            ctx.header("Connection", "close");
            write(ctx, 413, "content-too-large", e.getMessage(), e.fields());
        });
        config.routes.exception(TooManyRequests.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            write(ctx, 429, "rate-limited", e.getMessage(), Map.of());
        });
        config.routes.exception(UnsupportedMedia.class,
                (e, ctx) -> write(ctx, 415, "unsupported-media-type", e.getMessage(), e.fields()));
        config.routes.exception(HttpResponseException.class,
                (e, ctx) -> write(ctx, e.getStatus(), slug(e.getStatus()), e.getMessage(), Map.of()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            // An adapter reports a lost database in its own terms: marked Unavailable, or else found out by asking.
            if (e instanceof Unavailable || !health.databaseIsUp()) {
                if (health instanceof RememberedHealth remembered) {
                    remembered.markDown();
                }
                if (!(e instanceof DatabaseDown)) {
                    // Refusals without trying are not logged one by one: an outage under load would flood the log.
                    LOG.warn("{} {} failed while the database is down: {}", ctx.method(), ctx.path(), e.toString());
                }
                ctx.header("Retry-After", "5");
                write(ctx, 503, "database-unavailable", "The database is not answering; try again shortly.",
                        Map.of());
                return;
            }
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal-error", "Something went wrong on our side; it has been logged.", Map.of());
        });
    }

    /** Writes a problem answer. {@code fields} names each bad field with its messages (validation only). */
    public static void write(Context ctx, int status, String code, String detail, Map<String, List<String>> fields) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "urn:shoppable:problem:" + code);
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail == null || detail.isBlank() ? title(status) : detail);
        if (!fields.isEmpty()) {
            body.put("errors", fields);
        }
        ctx.status(status).json(body).contentType(CONTENT_TYPE);
    }

    private static String slug(int status) {
        return title(status).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Range Not Satisfiable";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
