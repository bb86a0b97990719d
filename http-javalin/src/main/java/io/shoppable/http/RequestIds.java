package io.shoppable.http;

import io.javalin.http.Context;
import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (so a gateway's id
 * follows the request), else a fresh UUID. The id is answered in the same header and put in the logging
 * context under {@code request_id}, so every log line of the request carries it.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request_id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static void assign(Context ctx) {
        var incoming = ctx.header(HEADER);
        var id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        ctx.header(HEADER, id);
    }

    /** Forgets the id once the request is done, so a pooled thread does not lend it to the next one. */
    static void clear() {
        MDC.remove(MDC_KEY);
    }
}
