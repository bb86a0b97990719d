package io.shoppable.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void an_embedded_database_keeps_its_data_across_restarts() {
        try (var first = Database.embedded(dataDir)) {
            first.migrate();
            first.jdbi().useHandle(handle -> handle.execute(
                    "INSERT INTO users (id, username, created_at, updated_at) VALUES (7, 'alice', now(), now())"));
        }
        try (var second = Database.embedded(dataDir)) {
            assertThat(second.migrate()).isZero();
            assertThat(second.isUp()).isTrue();
            String username = second.jdbi().withHandle(handle -> handle
                    .createQuery("SELECT username FROM users WHERE id = 7").mapTo(String.class).one());
            assertThat(username).isEqualTo("alice");
        }
    }

    @Test
    void a_data_directory_that_cannot_be_created_fails_with_one_clear_sentence() throws IOException {
        var file = Files.writeString(dataDir.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> Database.embedded(file))
                .isInstanceOf(DatabaseUnavailable.class)
                .hasMessageStartingWith("Cannot create the database directory")
                .hasMessageNotContaining("\n");
    }

    @Test
    void an_unreachable_server_is_unavailable() {
        assertThatThrownBy(() -> Database.external("jdbc:postgresql://127.0.0.1:9/shop", "nobody", "secret"))
                .isInstanceOf(DatabaseUnavailable.class)
                .hasMessageStartingWith("Could not connect to jdbc:postgresql://127.0.0.1:9/shop")
                .hasMessageNotContaining("\n");
    }

    @Test
    void an_embedded_database_runs_with_the_larger_buffer_cache() {
        try (var database = Database.embedded(dataDir)) {
            String buffers = database.jdbi().withHandle(handle -> handle.createQuery("SHOW shared_buffers")
                    .mapTo(String.class).one());
            assertThat(buffers).isEqualTo(Database.EMBEDDED_SHARED_BUFFERS);
        }
    }

    @Test
    void the_shared_database_is_up() {
        assertThat(TestDatabase.database().isUp()).isTrue();
    }
}
