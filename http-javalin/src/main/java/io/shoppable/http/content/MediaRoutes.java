package io.shoppable.http.content;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.content.MediaFormat;
import io.shoppable.domain.content.MediaStorage;
import io.shoppable.domain.shared.DomainException;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.http.Problems;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /media/{folder}/{name}}: serves stored media with its real content type and single-range
 * support ({@code Range: bytes=...}, answered with 206), so that players can seek.
 */
public final class MediaRoutes {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final MediaStorage storage;

    public MediaRoutes(MediaStorage storage) {
        this.storage = storage;
    }

    public void register(RoutesConfig routes) {
        routes.get("/media/{folder}/{name}", this::serve);
        routes.head("/media/{folder}/{name}", this::serve);
    }

    private void serve(Context ctx) throws IOException {
        var ref = refOf(ctx);
        long size = storage.size(ref).orElseThrow(() -> new NotFound("No such media file"));
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType(contentType(ref));
        long start = 0;
        long end = size - 1;
        var range = ctx.header("Range");
        if (range != null) {
            var matcher = SINGLE_RANGE.matcher(range.strip());
            if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
                unsatisfiable(ctx, size);
                return;
            }
            try {
                if (matcher.group(1).isEmpty()) {
                    start = Math.max(0, size - Long.parseLong(matcher.group(2)));
                } else {
                    start = Long.parseLong(matcher.group(1));
                    end = matcher.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(matcher.group(2)));
                }
            } catch (NumberFormatException e) {
                unsatisfiable(ctx, size);
                return;
            }
            if (start > end || start >= size) {
                unsatisfiable(ctx, size);
                return;
            }
            ctx.status(206).header("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        long length = end - start + 1;
        ctx.header("Content-Length", Long.toString(Math.max(0, length)));
        if (ctx.method().name().equals("HEAD") || size == 0) {
            return;
        }
        ctx.result(storage.read(ref, start, length));
    }

    private static MediaRef refOf(Context ctx) {
        try {
            return new MediaRef(ctx.pathParam("folder") + "/" + ctx.pathParam("name"));
        } catch (DomainException e) {
            throw new NotFound("No such media file");
        }
    }

    private static String contentType(MediaRef ref) {
        var name = ref.value();
        var extension = name.substring(name.lastIndexOf('.') + 1);
        return Arrays.stream(MediaFormat.values()).filter(format -> format.extension().equals(extension))
                .map(MediaFormat::contentType).findFirst().orElse("application/octet-stream");
    }

    private static void unsatisfiable(Context ctx, long size) {
        ctx.header("Content-Range", "bytes */" + size);
        Problems.write(ctx, 416, "range-not-satisfiable", "The requested range is not satisfiable", Map.of());
    }
}
