package io.shoppable.persistence.content;

import io.shoppable.domain.shared.MediaRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSystemMediaStorageTest {

    @TempDir
    Path root;

    @Test
    void stores_under_a_generated_name_in_the_folder_and_reads_ranges_back() throws IOException {
        var storage = new FileSystemMediaStorage(root);

        var ref = storage.store("videos", "mp4", stream("0123456789"));

        assertThat(ref.value()).matches("videos/[0-9a-f]{32}\\.mp4");
        assertThat(storage.size(ref)).hasValue(10);
        try (var in = storage.read(ref, 3, 4)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("3456");
        }
        try (var in = storage.read(ref, 8, 100)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("89");
        }
    }

    @Test
    void two_uploads_never_share_a_name() throws IOException {
        var storage = new FileSystemMediaStorage(root);

        var first = storage.store("images", "png", stream("a"));
        var second = storage.store("images", "png", stream("a"));

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_failed_upload_leaves_no_file_behind() throws IOException {
        var storage = new FileSystemMediaStorage(root);
        var failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 1000) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> storage.store("videos", "mp4", failing)).isInstanceOf(IOException.class);

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void unknown_keys_have_no_size_and_deleting_them_is_harmless() throws IOException {
        var storage = new FileSystemMediaStorage(root);
        var missing = new MediaRef("videos/0000.mp4");

        assertThat(storage.size(missing)).isEmpty();
        storage.delete(missing);
    }

    @Test
    void deleting_removes_the_file() throws IOException {
        var storage = new FileSystemMediaStorage(root);
        var ref = storage.store("images", "jpg", stream("jpeg"));

        storage.delete(ref);

        assertThat(storage.size(ref)).isEmpty();
    }

    @Test
    void folders_and_extensions_cannot_smuggle_paths() throws IOException {
        var storage = new FileSystemMediaStorage(root);

        assertThatThrownBy(() -> storage.store("../etc", "mp4", stream("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.store("videos", "mp4/../../x", stream("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.size(new MediaRef("https://elsewhere.example/x.mp4")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
