package io.shoppable.domain.engagement;

import io.shoppable.domain.shared.Invalid;

import java.nio.charset.StandardCharsets;

/**
 * Free-form context a client attaches to an interaction: a JSON object of at most 4 KB, kept as its
 * text. The edge that parses the request checks that it is an object; the core only bounds its size.
 */
public record ExtraData(String json) {

    public static final int MAX_BYTES = 4_096;

    public ExtraData {
        if (json == null || json.isBlank() || !json.strip().startsWith("{")) {
            throw Invalid.field("extra_data", "must be a JSON object");
        }
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw Invalid.field("extra_data", "must be at most " + MAX_BYTES + " bytes");
        }
    }

    public static ExtraData empty() {
        return new ExtraData("{}");
    }
}
