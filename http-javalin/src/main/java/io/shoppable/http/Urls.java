package io.shoppable.http;

import io.javalin.http.Context;
import io.shoppable.domain.shared.MediaRef;

import java.util.Optional;

/** Absolute URLs for links and media, built from the address the client used to reach us. */
public final class Urls {

    private Urls() {
    }

    /** {@code http://host:port} as the client sees it. */
    public static String base(Context ctx) {
        var host = ctx.header("Host");
        return ctx.scheme() + "://" + (host == null || host.isBlank() ? ctx.host() : host);
    }

    /** The URL a media file is served under: stored files under {@code /media/}, external ones as they are. */
    public static String media(Context ctx, MediaRef ref) {
        return ref.isExternal() ? ref.value() : base(ctx) + "/media/" + ref.value();
    }

    /** Like {@link #media(Context, MediaRef)}, or null when there is no file. */
    public static String media(Context ctx, Optional<MediaRef> ref) {
        return ref.map(value -> media(ctx, value)).orElse(null);
    }
}
