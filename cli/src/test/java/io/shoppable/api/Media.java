package io.shoppable.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Tiny files whose leading bytes make them the named format, padded to a chosen size. */
public final class Media {

    private Media() {
    }

    public static byte[] png(int size) {
        return padded(size, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
    }

    public static byte[] jpeg(int size) {
        return padded(size, 0xFF, 0xD8, 0xFF, 0xE0);
    }

    public static byte[] mp4(int size) {
        return padded(size, 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm');
    }

    public static byte[] gif(int size) {
        return padded(size, 'G', 'I', 'F', '8', '9', 'a');
    }

    public static byte[] webp(int size) {
        return padded(size, 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P');
    }

    public static byte[] webm(int size) {
        return padded(size, 0x1A, 0x45, 0xDF, 0xA3);
    }

    public static byte[] quicktime(int size) {
        return padded(size, 0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ');
    }

    /** A Windows executable's header: not media of any kind. */
    public static byte[] executable() {
        return padded(200, 'M', 'Z', 0x90, 0);
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] padded(int size, int... head) {
        var bytes = new byte[Math.max(size, head.length)];
        Arrays.fill(bytes, (byte) '0');
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return bytes;
    }
}
