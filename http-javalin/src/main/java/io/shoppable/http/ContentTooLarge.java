package io.shoppable.http;

import java.util.List;
import java.util.Map;

/** A request body or an uploaded file is larger than allowed: answered with 413, naming the field. */
public final class ContentTooLarge extends RuntimeException {

    private final Map<String, List<String>> fields;

    public ContentTooLarge(String message, Map<String, List<String>> fields) {
        super(message);
        this.fields = Map.copyOf(fields);
    }

    public static ContentTooLarge field(String field, String message) {
        return new ContentTooLarge(field + ": " + message, Map.of(field, List.of(message)));
    }

    public Map<String, List<String>> fields() {
        return fields;
    }
}
