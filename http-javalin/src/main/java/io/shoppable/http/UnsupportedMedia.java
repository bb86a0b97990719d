package io.shoppable.http;

import java.util.List;
import java.util.Map;

/** An uploaded file is not a media format we accept: answered with 415, naming the field. */
public final class UnsupportedMedia extends RuntimeException {

    private final Map<String, List<String>> fields;

    public UnsupportedMedia(String field, String message) {
        super(field + ": " + message);
        this.fields = Map.of(field, List.of(message));
    }

    public Map<String, List<String>> fields() {
        return fields;
    }
}
