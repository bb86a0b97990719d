package io.shoppable.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.PageRequest;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads request input strictly: a non-numeric id or number anywhere is a 400 naming the parameter,
 * never a 500. Paging follows the conventions: {@code limit} (default 20, capped at 100) and
 * {@code offset}.
 */
public final class Params {

    private final ObjectMapper json;

    public Params(ObjectMapper json) {
        this.json = json;
    }

    /** A positive integer path parameter, for example the {@code id} in {@code /videos/{id}/}. */
    public static long pathId(Context ctx, String name) {
        return positive(name, ctx.pathParam(name));
    }

    /** An optional positive integer query parameter; present but not a positive integer is a 400. */
    public static Optional<Long> queryId(Context ctx, String name) {
        var raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(positive(name, raw));
    }

    /** A required positive integer query parameter. */
    public static long requiredQueryId(Context ctx, String name) {
        return queryId(ctx, name).orElseThrow(() -> Invalid.field(name, "is required"));
    }

    /** The page the request asks for: {@code limit} 1..100 (default 20; larger is capped), {@code offset} >= 0. */
    public static PageRequest page(Context ctx) {
        int limit = (int) Math.min(PageRequest.MAX_LIMIT,
                integer(ctx, "limit").orElse((long) PageRequest.DEFAULT_LIMIT));
        long offset = integer(ctx, "offset").orElse(0L);
        return new PageRequest(limit, offset);
    }

    /** Parses a JSON object body into {@code type}; malformed JSON or a wrong type names the field. */
    public <T> T body(Context ctx, Class<T> type) {
        var text = ctx.body();
        if (text.isBlank()) {
            throw Invalid.field("body", "a JSON object is required");
        }
        try {
            JsonNode tree = json.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw Invalid.field("body", "must be a JSON object");
            }
            tree.properties().forEach(field -> requireNoNul(field.getKey(), field.getValue()));
            return json.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            // A value of the wrong type, or a number too large for its field (an InputCoercionException inside).
            var field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw Invalid.field(field.isEmpty() ? "body" : field,
                    e.getCause() instanceof InputCoercionException ? "is out of range" : "has the wrong type");
        } catch (JsonProcessingException e) {
            throw Invalid.field("body", "is not valid JSON");
        }
    }

    /**
     * PostgreSQL text and jsonb cannot hold U+0000, so a NUL anywhere in a field's value (or in the keys of
     * an object it holds) is refused here, naming the field, instead of failing at the database.
     */
    public static void requireNoNul(String field, JsonNode value) {
        if (value.isTextual()) {
            requireNoNul(field, value.textValue());
        } else if (value.isObject()) {
            value.properties().forEach(entry -> {
                requireNoNul(field, entry.getKey());
                requireNoNul(field, entry.getValue());
            });
        } else if (value.isArray()) {
            value.forEach(element -> requireNoNul(field, element));
        }
    }

    /** Refuses a text holding U+0000, which PostgreSQL cannot store, naming the field. */
    public static String requireNoNul(String field, String value) {
        if (value.indexOf('\0') >= 0) {
            throw Invalid.field(field, "must not contain NUL characters");
        }
        return value;
    }

    private static Optional<Long> integer(Context ctx, String name) {
        var raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        var text = raw.strip();
        try {
            if (asciiDigits(text.startsWith("-") ? text.substring(1) : text)) {
                return Optional.of(Long.parseLong(text));
            }
        } catch (NumberFormatException e) {
            // reported below, as any other text that is no integer
        }
        throw Invalid.field(name, "must be an integer");
    }

    private static long positive(String name, String raw) {
        try {
            var text = raw.strip();
            long value = asciiDigits(text) ? Long.parseLong(text) : 0;
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the same message as a non-positive number
        }
        throw Invalid.field(name, "must be a positive integer");
    }

    /** Only 0-9: {@link Long#parseLong} would also take a sign and digits of other scripts, such as "١". */
    private static boolean asciiDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
