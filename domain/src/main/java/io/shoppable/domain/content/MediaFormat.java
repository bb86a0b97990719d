package io.shoppable.domain.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The media formats we accept, recognised by their leading bytes ("magic numbers") rather than by a
 * file name or a declared content type, both of which a client controls.
 */
public enum MediaFormat {
    MP4("video/mp4", "mp4", true),
    QUICKTIME("video/quicktime", "mov", true),
    WEBM("video/webm", "webm", true),
    JPEG("image/jpeg", "jpg", false),
    PNG("image/png", "png", false),
    WEBP("image/webp", "webp", false),
    GIF("image/gif", "gif", false);

    /** How many leading bytes {@link #detect} needs to see. */
    public static final int SNIFF_BYTES = 16;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] EBML_SIGNATURE = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private final String contentType;
    private final String extension;
    private final boolean video;

    MediaFormat(String contentType, String extension, boolean video) {
        this.contentType = contentType;
        this.extension = extension;
        this.video = video;
    }

    /** The IANA media type served with the file: {@code video/mp4}. */
    public String contentType() {
        return contentType;
    }

    /** The extension stored files get: {@code mp4}. */
    public String extension() {
        return extension;
    }

    public boolean isVideo() {
        return video;
    }

    public boolean isImage() {
        return !video;
    }

    /** The format of a file that starts with {@code head}, or empty when it is none we accept. */
    public static Optional<MediaFormat> detect(byte[] head) {
        if (startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        if (startsWith(head, 0, EBML_SIGNATURE)) {
            return Optional.of(WEBM);
        }
        if (startsWith(head, 4, ascii("ftyp"))) {
            return Optional.of(startsWith(head, 8, ascii("qt  ")) ? QUICKTIME : MP4);
        }
        if (startsWith(head, 4, ascii("moov")) || startsWith(head, 4, ascii("mdat")) || startsWith(head, 4, ascii("wide"))) {
            return Optional.of(QUICKTIME);
        }
        return Optional.empty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
