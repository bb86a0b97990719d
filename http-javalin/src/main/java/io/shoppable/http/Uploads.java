package io.shoppable.http;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.shoppable.domain.content.MediaFormat;
import io.shoppable.domain.content.MediaStorage;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads multipart uploads. A file's type is decided by its leading bytes, never by its name or its
 * declared content type; it is stored under a server-generated name. Files stored for a request that
 * then fails are removed again ({@link #discardStored()}), so a failed upload leaves nothing behind.
 */
public final class Uploads {

    /** Which kinds of media a field accepts. */
    public enum Kind {
        VIDEO, IMAGE, VIDEO_OR_IMAGE;

        boolean accepts(MediaFormat format) {
            return this == VIDEO_OR_IMAGE || (this == VIDEO) == format.isVideo();
        }

        String describe() {
            return switch (this) {
                case VIDEO -> "a video (mp4, quicktime or webm)";
                case IMAGE -> "an image (jpeg, png, webp or gif)";
                case VIDEO_OR_IMAGE -> "an image (jpeg, png, webp or gif) or a video (mp4, quicktime or webm)";
            };
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Uploads.class);

    private final Context ctx;
    private final MediaStorage storage;
    private final UploadLimits limits;
    private final List<MediaRef> stored = new ArrayList<>();

    public Uploads(Context ctx, MediaStorage storage, UploadLimits limits) {
        this.ctx = ctx;
        this.storage = storage;
        this.limits = limits;
    }

    /** Runs {@code work} with uploads for this request; files it stored are removed again if it fails. */
    public static <T> T within(Context ctx, MediaStorage storage, UploadLimits limits,
                               Function<Uploads, T> work) {
        var uploads = new Uploads(ctx, storage, limits);
        try {
            return work.apply(uploads);
        } catch (RuntimeException e) {
            uploads.discardStored();
            throw e;
        }
    }

    /** The first text value of a form field, or empty. */
    public Optional<String> text(String field) {
        return multipart(() -> Optional.ofNullable(ctx.formParam(field)).filter(value -> !value.isBlank()))
                .map(value -> Params.requireNoNul(field, value));
    }

    /** Every value of a multi-valued form field, whether sent as repeated parts or one comma-separated part. */
    public List<String> list(String field) {
        return multipart(() -> ctx.formParams(field)).stream()
                .map(value -> Params.requireNoNul(field, value))
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** A required file, stored; missing is a 400 naming the field. */
    public MediaRef requiredFile(String field, Kind kind) {
        return file(field, kind).orElseThrow(() -> Invalid.field(field, "is required"));
    }

    /** An optional file, stored when present. */
    public Optional<MediaRef> file(String field, Kind kind) {
        var files = multipart(() -> ctx.uploadedFiles(field));
        if (files.isEmpty()) {
            return Optional.empty();
        }
        if (files.size() > 1) {
            throw Invalid.field(field, "send one file, not " + files.size());
        }
        return Optional.of(store(field, kind, files.get(0)));
    }

    /** Removes every file stored through this object. */
    public void discardStored() {
        for (MediaRef ref : stored) {
            try {
                storage.delete(ref);
            } catch (IOException e) {
                LOG.warn("could not remove {} after a failed upload; it is an orphan now", ref.value(), e);
            }
        }
        stored.clear();
    }

    private MediaRef store(String field, Kind kind, UploadedFile file) {
        try (var in = new BufferedInputStream(file.content())) {
            in.mark(MediaFormat.SNIFF_BYTES);
            var head = in.readNBytes(MediaFormat.SNIFF_BYTES);
            in.reset();
            var format = MediaFormat.detect(head).orElseThrow(() -> new UnsupportedMedia(field,
                    "must be " + kind.describe() + "; the content is not a supported media format"));
            if (!kind.accepts(format)) {
                throw Invalid.field(field, "must be " + kind.describe() + ", not " + format.contentType());
            }
            long limit = format.isVideo() ? limits.maxVideoBytes() : limits.maxImageBytes();
            if (file.size() > limit) {
                throw ContentTooLarge.field(field, "must be at most " + megabytes(limit));
            }
            var ref = storage.store(format.isVideo() ? "videos" : "images", format.extension(), in);
            stored.add(ref);
            return ref;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload in " + field, e);
        }
    }

    /**
     * Multipart parsing fails lazily, on first access. Jetty reports a part or request over the size limits
     * as an {@link IllegalStateException}, usually wrapped in a servlet exception that Kotlin lets through
     * unchecked: that becomes a 413, any other parse failure a 400.
     */
    private <T> T multipart(Supplier<T> read) {
        if (!ctx.isMultipartFormData()) {
            throw new UnsupportedMedia("body", "must be multipart/form-data");
        }
        try {
            return read.get();
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalStateException) {
                    throw new ContentTooLarge("The upload is larger than allowed (files at most "
                            + megabytes(limits.maxVideoBytes()) + ", " + megabytes(limits.maxRequestBytes())
                            + " in all)", Map.of());
                }
            }
            throw Invalid.field("body", "is not a readable multipart/form-data body");
        }
    }

    /** A size for messages: "20 MB", or "0.02 MB" for the small limits tests use. */
    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " MB";
    }
}
