package io.shoppable.persistence.content;

import io.shoppable.domain.content.MediaStorage;
import io.shoppable.domain.shared.MediaRef;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Media files in a directory: {@code <root>/<folder>/<32 random hex>.<ext>}. A file is written to a
 * temporary name first and moved into place only when complete, so a failed upload leaves nothing.
 */
public final class FileSystemMediaStorage implements MediaStorage {

    private static final Pattern FOLDER = Pattern.compile("[a-z]{1,20}");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");
    private static final String TEMPORARY = ".incoming";

    private final Path root;
    private final SecureRandom random = new SecureRandom();

    public FileSystemMediaStorage(Path root) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
        Files.createDirectories(this.root.resolve(TEMPORARY));
    }

    @Override
    public MediaRef store(String folder, String extension, InputStream content) throws IOException {
        if (!FOLDER.matcher(folder).matches() || !EXTENSION.matcher(extension).matches()) {
            throw new IllegalArgumentException("folder and extension must be short lowercase words");
        }
        var name = HexFormat.of().formatHex(randomBytes()) + "." + extension;
        var ref = new MediaRef(folder + "/" + name);
        var temporary = Files.createTempFile(root.resolve(TEMPORARY), "upload-", ".part");
        try {
            Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            var target = pathOf(ref);
            Files.createDirectories(target.getParent());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return ref;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public OptionalLong size(MediaRef ref) throws IOException {
        var path = pathOf(ref);
        return Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
    }

    @Override
    public InputStream read(MediaRef ref, long offset, long length) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        var channel = FileChannel.open(pathOf(ref), StandardOpenOption.READ);
        channel.position(offset);
        return new BoundedInputStream(Channels.newInputStream(channel), length);
    }

    @Override
    public void delete(MediaRef ref) throws IOException {
        Files.deleteIfExists(pathOf(ref));
    }

    /** The file for a key; external URLs and anything resolving outside the root are refused. */
    private Path pathOf(MediaRef ref) {
        if (ref.isExternal()) {
            throw new IllegalArgumentException("not a stored media key: " + ref.value());
        }
        var path = root.resolve(ref.value()).normalize();
        if (!path.startsWith(root) || path.startsWith(root.resolve(TEMPORARY))) {
            throw new IllegalArgumentException("not a stored media key: " + ref.value());
        }
        return path;
    }

    private byte[] randomBytes() {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Reads at most {@code remaining} bytes of the underlying stream. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long limit) {
            this.in = in;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
