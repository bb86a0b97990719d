package io.shoppable.http;

import io.javalin.http.Context;
import io.shoppable.domain.shared.Page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a {@link Page} the way the conventions fix: {@code {"count", "next", "previous", "results"}}
 * where next and previous are absolute URLs of the same request with another {@code offset}.
 */
public final class Pagination {

    private Pagination() {
    }

    public static <T> Map<String, Object> render(Context ctx, Page<T> page, Function<? super T, ?> item) {
        var request = page.request();
        var body = new LinkedHashMap<String, Object>();
        body.put("count", page.total());
        body.put("next", page.hasNext() ? link(ctx, request.limit(), request.offset() + request.limit()) : null);
        body.put("previous", page.hasPrevious()
                ? link(ctx, request.limit(), Math.max(0, request.offset() - request.limit())) : null);
        body.put("results", page.items().stream().map(item).toList());
        return body;
    }

    private static String link(Context ctx, int limit, long offset) {
        var query = new StringBuilder();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("limit") && !name.equals("offset")) {
                values.forEach(value -> append(query, name, value));
            }
        });
        append(query, "limit", Integer.toString(limit));
        append(query, "offset", Long.toString(offset));
        return Urls.base(ctx) + ctx.path() + "?" + query;
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
