package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.domain.user.Viewer;
import io.shoppable.http.JwtAuthenticator;
import io.shoppable.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shutdown guarantee on a real process: {@code serve} runs in its own JVM over the test database while
 * client threads send views (each from a new browser session) and like toggles; one more like is held in
 * flight by a row lock the test holds until a second after SIGTERM, which arrives mid-load, and an add to cart
 * sends its body a byte at a time over the signal. The process exits 0 within 10 s, both held requests and
 * every request sent before the signal get complete answers, and every acknowledged view is in
 * {@code views_count}: the buffered counters were flushed before the database was let go.
 */
class GracefulShutdownUnderLoadTest {

    private static final String SECRET = "shutdown-test-secret";
    private static final int VIEW_CLIENTS = 4;
    private static final int LIKE_CLIENTS = 2;
    private static final Duration LOAD_BEFORE_SIGNAL = Duration.ofMillis(1_500);
    /** How long the held request stays unfinished after the signal: the stop must wait for it. */
    private static final Duration HELD_AFTER_SIGNAL = Duration.ofSeconds(1);
    /** The trickled body's pace: its 35 bytes take about 5 s, so they keep arriving for seconds after the signal. */
    private static final Duration TRICKLE_EVERY = Duration.ofMillis(150);
    private static final Duration EXIT_WITHIN = Duration.ofSeconds(10);
    /** Requests sent this long before the signal have surely reached the server before it. */
    private static final Duration ACCEPTED_BEFORE = Duration.ofMillis(500);
    private static final Duration START_WITHIN = Duration.ofSeconds(120);

    private final ObjectMapper json = new ObjectMapper();
    private final JwtAuthenticator tokens = new JwtAuthenticator(SECRET, Clock.systemUTC());
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile boolean loading = true;

    @TempDir
    Path data;

    @Test
    void sigterm_under_load_finishes_requests_in_flight_flushes_every_acknowledged_view_and_exits_0_within_10_s()
            throws Exception {
        TestDatabase.reset();
        var process = startServe();
        var clients = new ArrayList<Thread>();
        try {
            String base = "http://127.0.0.1:" + awaitPort(process);
            String alice = token(42, "alice");
            long hat = createProduct(base, alice);
            long[] videos = {upload(base, alice, hat), upload(base, alice, hat), upload(base, alice, hat)};
            var answers = new ConcurrentLinkedQueue<Answer>();
            for (int c = 0; c < VIEW_CLIENTS + LIKE_CLIENTS; c++) {
                boolean views = c < VIEW_CLIENTS;
                int number = c;
                String member = token(100 + c, "liker" + c);
                var thread = new Thread(() -> load(base, videos, number, views ? null : member, answers), "load-" + c);
                thread.start();
                clients.add(thread);
            }
            try (var lock = TestDatabase.jdbi().open()) {
                // The held like waits for this row lock, so it is in flight on the server when the signal comes.
                lock.begin();
                lock.createQuery("SELECT id FROM videos WHERE id = :id FOR UPDATE").bind("id", videos[2])
                        .mapTo(Long.class).one();
                var held = client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/shoppable-videos/"
                                + videos[2] + "/like/")).header("Authorization", "Bearer " + token(7, "bob"))
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                awaitWaitingForLock();
                var trickled = trickle(base, "/api/v1/shoppable-videos/" + videos[0] + "/add_to_cart/",
                        token(8, "carol"), "{\"quantity\": 1" + " ".repeat(20) + "}");
                TimeUnit.MILLISECONDS.sleep(LOAD_BEFORE_SIGNAL.toMillis());

                long signalled = System.nanoTime();
                process.destroy();
                TimeUnit.MILLISECONDS.sleep(HELD_AFTER_SIGNAL.toMillis());
                lock.rollback();
                var heldAnswer = held.get(30, TimeUnit.SECONDS);
                var trickledAnswer = trickled.get(30, TimeUnit.SECONDS);
                boolean exited = process.waitFor(EXIT_WITHIN.toMillis() + 5_000, TimeUnit.MILLISECONDS);
                long stopped = System.nanoTime();
                loading = false;
                for (var thread : clients) {
                    thread.join(TimeUnit.SECONDS.toMillis(30));
                }

                assertThat(exited).as("serve exited; its log:%n%s", log()).isTrue();
                Duration stopTook = Duration.ofNanos(stopped - signalled);
                assertThat(stopTook).as("exit within 10 s of SIGTERM").isLessThan(EXIT_WITHIN);
                assertThat(process.exitValue()).as("a graceful stop is a success (D5, D56); log:%n%s", log())
                        .isZero();
                assertThat(heldAnswer.statusCode()).as("the request in flight at the signal was finished: %s",
                        heldAnswer.body()).isEqualTo(200);
                assertThat(json.readTree(heldAnswer.body()).get("liked").asBoolean()).isTrue();
                assertThat(sql("SELECT likes_count FROM videos WHERE id = " + videos[2])).isEqualTo(1);
                assertThat(trickledAnswer).as("a request whose body kept arriving over the signal was finished")
                        .startsWith("HTTP/1.1 200").contains("\"cart_item_count\":1");
                assertThat(sql("SELECT coalesce(sum(quantity), 0) FROM cart_lines")).isEqualTo(1);

                List<Answer> all = List.copyOf(answers);
                List<Answer> beforeSignal = all.stream().filter(answer -> answer.started() < signalled).toList();
                assertThat(beforeSignal).as("requests sent before the signal got complete answers")
                        .isNotEmpty()
                        .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn("200", "503"));
                // One sent just before the signal may reach the server after it and be refused; earlier ones not.
                long accepted = signalled - ACCEPTED_BEFORE.toNanos();
                assertThat(beforeSignal).filteredOn(answer -> answer.started() < accepted)
                        .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo("200"));
                assertThat(all).filteredOn(answer -> answer.status().matches("\\d+"))
                        .as("later ones a 503 or a refused connection, never a 500").allSatisfy(answer ->
                                assertThat(answer.status()).as(answer.toString()).isIn("200", "503"));

                long ackedViews = all.stream().filter(answer -> answer.view() && answer.status().equals("200")).count();
                long attemptedViews = all.stream().filter(Answer::view).count();
                long persistedViews = sql("SELECT coalesce(sum(views_count), 0) FROM videos");
                assertThat(persistedViews).as("acknowledged views are persisted").isBetween(ackedViews, attemptedViews);
                assertThat(sql("SELECT count(*) FROM user_interactions WHERE event_type = 'view'"))
                        .isEqualTo(persistedViews);
                assertThat(sql("SELECT count(*) FROM videos v WHERE v.likes_count <> "
                        + "(SELECT count(*) FROM video_likes l WHERE l.video_id = v.id)")).isZero();
                System.out.printf("graceful shutdown under load: %d clients, %d requests (%s), %d before the signal; "
                                + "%d views acknowledged, %d persisted, 0 lost; a like held in flight and an add to "
                                + "cart whose body trickled over the signal answered 200; exit %d in %d ms%n",
                        VIEW_CLIENTS + LIKE_CLIENTS, all.size(), countByStatus(all), beforeSignal.size(), ackedViews,
                        persistedViews, process.exitValue(), stopTook.toMillis());
            }
        } finally {
            loading = false;
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process startServe() throws IOException {
        var database = TestDatabase.connection();
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.shoppable.cli.Main", "serve",
                "--port", "0", "--data-dir", data.toString(), "--db-url", database.url(),
                "--jwt-secret", SECRET, "--no-rate-limits"));
        if (database.user() != null) {
            command.addAll(List.of("--db-user", database.user()));
        }
        if (database.password() != null) {
            command.addAll(List.of("--db-password", database.password()));
        }
        return new ProcessBuilder(command).redirectError(data.resolve("serve.log").toFile()).start();
    }

    private int awaitPort(Process process) throws Exception {
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var port = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("listening on http://")) {
                        return Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).strip());
                    }
                }
                throw new IllegalStateException("serve stopped before listening; its log:\n" + log());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return port.get(START_WITHIN.toSeconds(), TimeUnit.SECONDS);
    }

    /** Sends views (a new session each) or, with a member's token, like toggles, until loading stops. */
    private void load(String base, long[] videos, int number, String member, ConcurrentLinkedQueue<Answer> answers) {
        for (int n = 0; loading; n++) {
            // The third video is the held request's alone.
            var video = base + "/api/v1/shoppable-videos/" + videos[n % 2] + "/";
            var request = HttpRequest.newBuilder(URI.create(video + (member == null ? "view/" : "like/")))
                    .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.noBody());
            if (member == null) {
                request.header("X-Session-Id", "load-" + number + "-" + n);
            } else {
                request.header("Authorization", "Bearer " + member);
            }
            long started = System.nanoTime();
            String status;
            try {
                var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                status = Integer.toString(response.statusCode());
            } catch (IOException e) {
                status = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answers.add(new Answer(member == null, status, started));
            if (!status.matches("\\d+")) {
                pause();
            }
        }
    }

    /**
     * Sends a POST over a plain socket whose body goes out one byte every {@link #TRICKLE_EVERY}, as from a
     * slow phone, and answers the whole response as text once the server closes the connection.
     */
    private static CompletableFuture<String> trickle(String base, String path, String token, String body) {
        var uri = URI.create(base);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        return CompletableFuture.supplyAsync(() -> {
            try (var socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(30_000);
                var out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                for (byte b : bytes) {
                    out.write(b);
                    out.flush();
                    TimeUnit.MILLISECONDS.sleep(TRICKLE_EVERY.toMillis());
                }
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "failed: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        });
    }

    /** Waits until the held request is blocked on the row lock, so it is surely in flight. */
    private static void awaitWaitingForLock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sql("SELECT count(*) FROM pg_locks WHERE NOT granted") == 0) {
            assertThat(System.nanoTime()).as("the held request reached the database").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private long createProduct(String base, String token) throws Exception {
        var created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/products/"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Sun Hat\",\"price\":49.99,\"stock\":100}")));
        return created.get("id").asLong();
    }

    private long upload(String base, String token, long product) throws Exception {
        var form = ApiTestServer.imageForm(product);
        var created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/shoppable-videos/"))
                .header("Authorization", "Bearer " + token).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
        return created.get("id").asLong();
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        var response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private String token(long id, String username) {
        return tokens.issue(new Viewer.Member(new UserId(id), new Username(username), false), Duration.ofHours(1));
    }

    private static long sql(String query) {
        return TestDatabase.jdbi().withHandle(handle -> handle.createQuery(query).mapTo(Long.class).one());
    }

    private String log() {
        try {
            return Files.readString(data.resolve("serve.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static Map<String, Long> countByStatus(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
    }

    /** After a refused connection, a short pause instead of a busy loop. */
    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One answer: {@code status} is the HTTP status, or the name of the transport failure.
     *
     * @param started when the request was sent, in {@link System#nanoTime()}
     */
    private record Answer(boolean view, String status, long started) {
    }
}
