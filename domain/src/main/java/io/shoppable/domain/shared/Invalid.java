package io.shoppable.domain.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input broke a rule. Carries one or more messages per offending field, named as on the wire. */
public final class Invalid extends DomainException {

    private final Map<String, List<String>> fields;

    public Invalid(String message, Map<String, List<String>> fields) {
        super(message);
        var copy = new LinkedHashMap<String, List<String>>();
        fields.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        this.fields = java.util.Collections.unmodifiableMap(copy);
    }

    /** One bad field: {@code Invalid.field("text", "must not be blank")}. */
    public static Invalid field(String field, String message) {
        return new Invalid(field + ": " + message, Map.of(field, List.of(message)));
    }

    /** Field name to its messages, in the order they were found. */
    public Map<String, List<String>> fields() {
        return fields;
    }
}
