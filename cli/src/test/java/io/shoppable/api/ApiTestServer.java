package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoppable.cli.Wiring;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.domain.user.Viewer;
import io.shoppable.http.ApiServer;
import io.shoppable.http.JwtAuthenticator;
import io.shoppable.http.ServerConfig;
import io.shoppable.http.UploadLimits;
import io.shoppable.persistence.PersistenceAdapters;
import io.shoppable.persistence.StatementCounter;
import io.shoppable.persistence.TestDatabase;
import io.shoppable.persistence.content.FileSystemMediaStorage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The real service for API tests: the production wiring over the shared test database (emptied first),
 * served over real HTTP on a free port, with a client that speaks to it. Statements sent to the database
 * are counted, so tests can pin down round trips.
 */
public final class ApiTestServer implements AutoCloseable {

    static final String SECRET = "api-test-secret";
    static final UploadLimits LIMITS = new UploadLimits(64 * 1024, 16 * 1024);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final JwtAuthenticator tokens = new JwtAuthenticator(SECRET, Clock.systemUTC());
    private final StatementCounter statements = new StatementCounter();
    private final Path mediaDir;
    private final ApiServer server;
    private final String baseUrl;

    public ApiTestServer(Path mediaDir) {
        TestDatabase.reset();
        this.mediaDir = mediaDir;
        var clock = Clock.systemUTC();
        var wiring = Wiring.of(PersistenceAdapters.over(statements.jdbi()), clock);
        wiring.categories().loadDefaults();
        try {
            var api = wiring.api(tokens, new FileSystemMediaStorage(mediaDir), LIMITS);
            this.server = new ApiServer(new ServerConfig("127.0.0.1", 0), api, TestDatabase.database()::isUp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.baseUrl = "http://127.0.0.1:" + server.start();
        statements.takeCount();
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public Path mediaDir() {
        return mediaDir;
    }

    /** A valid bearer token for a user; admins when {@code admin}. */
    public String token(long userId, String username, boolean admin) {
        return tokens.issue(new Viewer.Member(new UserId(userId), new Username(username), admin), Duration.ofHours(1));
    }

    /** How many SQL statements the service sent since the last call. */
    public int takeStatementCount() {
        return statements.takeCount();
    }

    public Response send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, String token) {
        return send(authorised(HttpRequest.newBuilder(URI.create(url(path))).GET(), token));
    }

    public Response postJson(String path, String body, String token) {
        return send(authorised(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), token));
    }

    public Response patchJson(String path, String body, String token) {
        return send(authorised(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)), token));
    }

    public Response delete(String path, String token) {
        return send(authorised(HttpRequest.newBuilder(URI.create(url(path))).DELETE(), token));
    }

    public Response postMultipart(String path, Multipart body, String token) {
        return send(authorised(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())), token));
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        server.close();
    }

    /** An answer with its body parsed as JSON when it is JSON. */
    public record Response(HttpResponse<byte[]> raw, ObjectMapper json) {

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String text() {
            return new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        public JsonNode body() {
            try {
                return json.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        @Override
        public String toString() {
            return status() + " " + text();
        }
    }
}
