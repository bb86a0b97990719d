package io.shoppable.api;

import io.shoppable.http.Overload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests held in flight on purpose: a raw connection sends a request's head and holds back its body,
 * so the server is busy with it for as long as the test likes.
 */
class OverloadApiTest {

    private static final String BODY = "{\"name\":\"Hat\",\"price\":9.99,\"stock\":1}";

    @TempDir
    Path media;

    private ApiTestServer api;

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void beyond_the_in_flight_limit_a_request_gets_a_fast_503_with_retry_after() throws Exception {
        api = ApiTestServer.configured(media, config -> config.withOverload(
                new Overload(8, 100, 100, 1, Duration.ofSeconds(8))));
        String token = api.token(42, "alice");
        try (var held = holdRequest(token)) {
            var busy = api.get("/api/v1/shoppable-video-categories/", null);

            assertProblem(busy, 503);
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            held.finish();
            assertThat(held.statusLine()).contains(" 201 ");
        }
        assertThat(statusOnceFreed("/api/v1/shoppable-video-categories/")).isEqualTo(200);
    }

    /**
     * The status of a GET once the in-flight slots are free again. A slot is released when its answer has been
     * completely sent, which the client may see a moment before the server's callback has run.
     */
    private int statusOnceFreed(String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int status = api.get(path, null).status();
        while (status == 503 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
            status = api.get(path, null).status();
        }
        return status;
    }

    @Test
    void a_stop_lets_requests_in_flight_finish_and_takes_well_under_10_seconds() throws Exception {
        api = ApiTestServer.configured(media, config -> config.withOverload(Overload.defaults()));
        String token = api.token(42, "alice");
        try (var held = holdRequest(token)) {
            long started = System.nanoTime();
            var stopping = CompletableFuture.runAsync(api::close);
            TimeUnit.MILLISECONDS.sleep(300);
            held.finish();

            assertThat(held.statusLine()).contains(" 201 ");
            stopping.get(10, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
        assertThat(api.sql(Long.class, "SELECT count(*) FROM products")).isEqualTo(1);
    }

    /** Sends the head of a product listing and holds back its body until {@link HeldRequest#finish()}. */
    private HeldRequest holdRequest(String token) throws IOException {
        var uri = URI.create(api.url("/"));
        var socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout((int) Duration.ofSeconds(15).toMillis());
        var head = "POST /api/v1/products/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Length: " + BODY.length() + "\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        var held = new HeldRequest(socket);
        awaitInFlight();
        return held;
    }

    /** The head is sent; give the server a moment to start handling it. */
    private static void awaitInFlight() {
        try {
            TimeUnit.MILLISECONDS.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record HeldRequest(Socket socket) implements AutoCloseable {

        void finish() throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(BODY.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        String statusLine() {
            try {
                InputStream in = socket.getInputStream();
                var line = new StringBuilder();
                int c;
                while ((c = in.read()) != -1 && c != '\n') {
                    line.append((char) c);
                }
                return line.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
