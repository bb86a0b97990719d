package io.shoppable.domain.shared;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class MediaRefTest {

    @Test
    void a_storage_key_is_a_relative_path_of_plain_segments() {
        var key = new MediaRef("videos/3f2a9c.mp4");

        assertThat(key.isExternal()).isFalse();
    }

    @Test
    void an_external_file_is_an_http_or_https_url() {
        assertThat(new MediaRef("https://cdn.example.com/icons/fashion.png").isExternal()).isTrue();
        assertThat(new MediaRef("http://cdn.example.com/a.png").isExternal()).isTrue();
    }

    @Test
    void paths_that_could_escape_the_media_folder_are_invalid() {
        assertInvalid("media", () -> new MediaRef("../etc/passwd"));
        assertInvalid("media", () -> new MediaRef("/etc/passwd"));
        assertInvalid("media", () -> new MediaRef("videos/../secret.mp4"));
    }

    @Test
    void other_schemes_blanks_and_control_characters_are_invalid() {
        assertInvalid("media", () -> new MediaRef("ftp://example.com/a.png"));
        assertInvalid("media", () -> new MediaRef("https://example.com/a b.png"));
        assertInvalid("media", () -> new MediaRef(""));
        assertInvalid("media", () -> new MediaRef(null));
    }

    @Test
    void a_reference_has_at_most_1000_characters() {
        assertThat(new MediaRef("https://e.com/" + "x".repeat(986)).value()).hasSize(1_000);
        assertInvalid("media", () -> new MediaRef("https://e.com/" + "x".repeat(987)));
    }
}
