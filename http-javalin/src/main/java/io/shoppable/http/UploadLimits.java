package io.shoppable.http;

/**
 * How large uploaded files may be. Larger files are refused with 413 before anything is stored.
 *
 * @param maxVideoBytes largest accepted video file (default 200 MB)
 * @param maxImageBytes largest accepted image file (default 20 MB)
 */
public record UploadLimits(long maxVideoBytes, long maxImageBytes) {

    private static final long MEGABYTE = 1024L * 1024L;

    public UploadLimits {
        if (maxVideoBytes <= 0 || maxImageBytes <= 0) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
    }

    public static UploadLimits defaults() {
        return new UploadLimits(200 * MEGABYTE, 20 * MEGABYTE);
    }

    /** The most a whole multipart request may carry: a video, two images and some form fields. */
    public long maxRequestBytes() {
        return maxVideoBytes + 2 * maxImageBytes + MEGABYTE;
    }
}
