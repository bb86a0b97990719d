package io.shoppable.domain.content;

import io.shoppable.domain.shared.Invalid;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A video's tags: at most 20 distinct, lowercase, 1..50 characters each, in the order given. Tags
 * are what "similar content" matches on, so they are normalised once, here.
 */
public record Tags(List<String> values) {

    public static final int MAX_TAGS = 20;
    public static final int MAX_LENGTH = 50;

    public Tags {
        values = List.copyOf(values);
        if (values.size() > MAX_TAGS) {
            throw Invalid.field("tags", "at most " + MAX_TAGS + " tags");
        }
        if (new LinkedHashSet<>(values).size() != values.size()) {
            throw Invalid.field("tags", "must not repeat a tag");
        }
        for (String tag : values) {
            if (tag.isBlank() || tag.length() > MAX_LENGTH || !tag.equals(normalise(tag))) {
                throw Invalid.field("tags", "each tag is 1 to " + MAX_LENGTH + " lowercase characters without '#'");
            }
        }
    }

    public static Tags none() {
        return new Tags(List.of());
    }

    /** Input policy: trims, drops a leading '#', lowercases, skips empties and repeats. */
    public static Tags fromUser(Collection<String> raw) {
        var cleaned = new LinkedHashSet<String>();
        for (String tag : raw) {
            var value = normalise(tag == null ? "" : tag);
            if (!value.isEmpty()) {
                cleaned.add(value);
            }
        }
        return new Tags(List.copyOf(cleaned));
    }

    private static String normalise(String tag) {
        var value = tag.strip();
        while (value.startsWith("#")) {
            value = value.substring(1).strip();
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
