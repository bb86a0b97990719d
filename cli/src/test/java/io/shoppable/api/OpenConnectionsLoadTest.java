package io.shoppable.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overload guarantee on the real jar: {@code serve} in a JVM with a 512 MB heap, 5,000 connections
 * opened and held at once, each sending a request. Every answer is a 200 or a fast 503/429, the process
 * survives, and {@code /health} answers afterwards. Long and heavy, so it runs only with
 * {@code -Dshopvid.load=true} (see {@code scripts/load-tests.sh}), after {@code mvn package}.
 */
@EnabledIfSystemProperty(named = "shopvid.load", matches = "true")
class OpenConnectionsLoadTest {

    private static final int CONNECTIONS = 5_000;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void five_thousand_open_connections_on_a_512_mb_heap_get_answers_not_failures() throws Exception {
        var jar = Path.of(System.getProperty("shopvid.jar", "target/shoppable-videos.jar")).toAbsolutePath();
        assertThat(jar).as("build the jar first: mvn -DskipTests package").exists();
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "serve", "--port", "0", "--data-dir", data.toString(),
                "--no-rate-limits")
                .redirectError(data.resolve("serve.log").toFile())
                .start();
        try {
            int port = awaitPort(process);
            var statuses = new ConcurrentHashMap<String, AtomicInteger>();
            var sockets = new ArrayList<Socket>();
            long started = System.nanoTime();
            for (int i = 0; i < CONNECTIONS; i++) {
                var socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                socket.setSoTimeout((int) ANSWER_WITHIN.toMillis());
                sockets.add(socket);
            }
            long opened = System.nanoTime();
            var pool = Executors.newFixedThreadPool(200);
            for (var socket : sockets) {
                pool.submit(() -> statuses.computeIfAbsent(exchange(socket), k -> new AtomicInteger()).incrementAndGet());
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
            long answered = System.nanoTime();
            var health = exchangeOnce(port, "/health");
            for (var socket : sockets) {
                socket.close();
            }
            Map<String, Integer> counts = new TreeMap<>();
            statuses.forEach((status, count) -> counts.put(status, count.get()));
            System.out.printf("load: %d connections opened in %d ms, all answered %d ms later: %s; health %s;"
                            + " server heap -Xmx512m%n", CONNECTIONS, TimeUnit.NANOSECONDS.toMillis(opened - started),
                    TimeUnit.NANOSECONDS.toMillis(answered - opened), counts, health);

            assertThat(process.isAlive()).isTrue();
            assertThat(counts.keySet()).isSubsetOf(List.of("200", "429", "503"));
            assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CONNECTIONS);
            assertThat(health).isEqualTo("200");
            assertThat(Files.readString(data.resolve("serve.log"))).doesNotContain("OutOfMemoryError");
        } finally {
            process.destroy();
            assertThat(process.waitFor(15, TimeUnit.SECONDS)).as("serve exits within 10 s of SIGTERM").isTrue();
        }
    }

    private static int awaitPort(Process process) throws IOException {
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("listening on http://")) {
                return Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).strip());
            }
        }
        throw new IllegalStateException("serve did not start; see serve.log");
    }

    /** Sends one request on an open connection and answers its status code, or the failure's name. */
    private static String exchange(Socket socket) {
        try {
            var request = "GET /api/v1/shoppable-video-categories/ HTTP/1.1\r\nHost: localhost\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return line == null ? "closed" : line.split(" ")[1];
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String exchangeOnce(int port, String path) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            var line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return line == null ? "closed" : line.split(" ")[1];
        }
    }
}
