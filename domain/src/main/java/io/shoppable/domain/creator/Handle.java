package io.shoppable.domain.creator;

import io.shoppable.domain.shared.Invalid;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A creator's public handle, stored without the leading {@code @}: 2..30 lowercase letters, digits,
 * {@code _} or {@code .}. Unique across creators.
 */
public record Handle(String value) {

    private static final String ALLOWED = "[a-z0-9_.]{2,30}";

    public Handle {
        if (value == null || !value.matches(ALLOWED)) {
            throw Invalid.field("handle", "must be 2 to 30 lowercase letters, digits, _ or .");
        }
    }

    /** Input policy: accepts a typed handle with or without {@code @}, in any case. */
    public static Handle fromUser(String raw) {
        var text = raw == null ? "" : raw.strip();
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        return new Handle(text.toLowerCase(Locale.ROOT));
    }

    /**
     * A valid handle derived from any username: accents dropped, other characters turned into
     * {@code _}, padded or cut to fit. Not necessarily free; see {@link #withSuffix(int)}.
     */
    public static Handle derivedFrom(String username) {
        var ascii = Normalizer.normalize(username == null ? "" : username, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_.]", "_");
        if (ascii.length() < 2) {
            ascii = (ascii + "creator").substring(0, Math.max(2, Math.min(30, ascii.length() + 7)));
        }
        return new Handle(ascii.length() > 30 ? ascii.substring(0, 30) : ascii);
    }

    /** This handle with a numeric suffix, cut so that the result still fits: {@code alice_2}. */
    public Handle withSuffix(int n) {
        var suffix = "_" + n;
        var base = value.length() + suffix.length() > 30 ? value.substring(0, 30 - suffix.length()) : value;
        return new Handle(base + suffix);
    }

    /** How the handle is shown: {@code @alice}. */
    public String display() {
        return "@" + value;
    }
}
