package io.shoppable.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shoppable.cli.Wiring;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.domain.user.Viewer;
import io.shoppable.domain.social.ModerationConfig;
import io.shoppable.recommendation.RecommendationConfig;
import io.shoppable.http.ApiServer;
import io.shoppable.http.DemoTokens;
import io.shoppable.http.HealthCheck;
import io.shoppable.http.HttpMetrics;
import io.shoppable.http.JwtAuthenticator;
import io.shoppable.http.Overload;
import io.shoppable.http.ServerConfig;
import io.shoppable.http.UploadLimits;
import io.shoppable.persistence.PersistenceAdapters;
import io.shoppable.persistence.StatementCounter;
import io.shoppable.persistence.TestDatabase;
import io.shoppable.persistence.content.FileSystemMediaStorage;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real service for API tests: the production wiring over the shared test database (emptied first),
 * served over real HTTP on a free port, with a client that speaks to it. Statements sent to the database
 * are counted, so tests can pin down round trips.
 */
public final class ApiTestServer implements AutoCloseable {

    static final String SECRET = "api-test-secret";
    /** Shared by every test server, as by the nodes of one deployment, so cursors hold across nodes. */
    static final String CURSOR_SECRET = "api-test-cursor-secret";
    static final UploadLimits LIMITS = new UploadLimits(64 * 1024, 16 * 1024);

    /**
     * The default limits, but a stop that does not wait: draining takes a second or more whenever the client
     * keeps idle connections, which would add minutes over all API tests. The shutdown test sets its own.
     */
    private static final UnaryOperator<ServerConfig> DEFAULT_CONFIG = config -> config;

    static final Overload QUICK_STOP = new Overload(Overload.defaults().maxThreads(), Overload.defaults().acceptQueue(),
            Overload.defaults().maxConnections(), Overload.defaults().maxInFlight(), Duration.ZERO);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final JwtAuthenticator tokens = new JwtAuthenticator(SECRET, Clock.systemUTC());
    private final StatementCounter statements = new StatementCounter();
    private final Path mediaDir;
    private final ApiServer server;
    private final Wiring wiring;
    private final String baseUrl;
    private final boolean checksDocument;

    public ApiTestServer(Path mediaDir) {
        this(mediaDir, TestDatabase.database()::isUp);
    }

    /** The same service with its own view of whether the database is up. */
    public ApiTestServer(Path mediaDir, HealthCheck health) {
        this(mediaDir, health, Optional.empty(), false, Clock.systemUTC(), DEFAULT_CONFIG);
    }

    /** The same service whose services read {@code clock} (a {@code MutableClock} to move time in a test). */
    public ApiTestServer(Path mediaDir, Clock clock) {
        this(mediaDir, TestDatabase.database()::isUp, Optional.empty(), false, clock, DEFAULT_CONFIG);
    }

    /** The service with its own protections: rate limits, overload limits, CORS. */
    public static ApiTestServer configured(Path mediaDir, UnaryOperator<ServerConfig> configure) {
        return new ApiTestServer(mediaDir, TestDatabase.database()::isUp, Optional.empty(), false, Clock.systemUTC(),
                configure);
    }

    /** The service over a database that refuses every connection, as when it is down; its health check agrees. */
    public static ApiTestServer withDatabaseDown(Path mediaDir) {
        return new ApiTestServer(mediaDir, () -> false, Optional.of(Jdbi.create("jdbc:postgresql://127.0.0.1:1/down")),
                false, Clock.systemUTC(), DEFAULT_CONFIG);
    }

    /** The service in demo mode ({@code serve --demo}): the web demo may sign visitors in as demo users. */
    public static ApiTestServer inDemoMode(Path mediaDir) {
        return new ApiTestServer(mediaDir, TestDatabase.database()::isUp, Optional.empty(), true, Clock.systemUTC(),
                DEFAULT_CONFIG);
    }

    private ApiTestServer(Path mediaDir, HealthCheck health, Optional<Jdbi> unreachable, boolean demo,
                          Clock clock, UnaryOperator<ServerConfig> configure) {
        TestDatabase.reset();
        this.mediaDir = mediaDir;
        this.checksDocument = configure == DEFAULT_CONFIG;
        Wiring.of(PersistenceAdapters.over(TestDatabase.jdbi()), clock).categories().loadDefaults();
        var metrics = new HttpMetrics();
        this.wiring = Wiring.of(PersistenceAdapters.over(unreachable.orElse(statements.jdbi())), clock,
                ModerationConfig.defaults(), RecommendationConfig.spec(), CURSOR_SECRET, metrics.feedStages());
        try {
            var api = wiring.api(tokens, new FileSystemMediaStorage(mediaDir), LIMITS);
            Optional<DemoTokens> demoTokens = demo
                    ? Optional.of(member -> tokens.issue(member, Duration.ofHours(1))) : Optional.empty();
            var config = new ServerConfig("127.0.0.1", 0).withOverload(QUICK_STOP).withDemo(demoTokens);
            this.server = new ApiServer(configure.apply(config), api, health, metrics, Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.baseUrl = "http://127.0.0.1:" + server.start();
        statements.takeCount();
    }

    /** Every route the server registered, as {@code "METHOD /path"}. */
    public List<String> routes() {
        return server.routes();
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public Path mediaDir() {
        return mediaDir;
    }

    /** A valid bearer token for a user; admins when {@code admin}. */
    public String token(long userId, String username, boolean admin) {
        return token(userId, username, admin, Duration.ofHours(1));
    }

    /** A bearer token for a member that expires after {@code ttl} (negative: already expired). */
    public String token(long userId, String username, boolean admin, Duration ttl) {
        return tokens.issue(new Viewer.Member(new UserId(userId), new Username(username), admin), ttl);
    }

    /** A valid bearer token for a member who is not an admin. */
    public String token(long userId, String username) {
        return token(userId, username, false);
    }

    /**
     * Writes the views and shares the service buffered, as its flusher does every quarter second in
     * {@code serve}; answers how many it wrote.
     */
    public long flushCounters() {
        return wiring.engagement().flushCounters();
    }

    /** How many SQL statements the service sent since the last call. */
    public int takeStatementCount() {
        return statements.takeCount();
    }

    /** A request to a path of the service, for tests that need their own headers. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            var answer = new Response(response, json);
            // Every answer of every API test is checked against the served OpenAPI document, except on servers
            // configured to exercise protections that answer before the API (CORS preflights, for one).
            assertThat(!checksDocument ? List.<String>of() : OpenApiDocument.get().violations(response.request().method(), response.uri().getPath(),
                    response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), answer.text()))
                    .as("the answer matches the OpenAPI document")
                    .isEmpty();
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, String token) {
        return send(authorised(request(path).GET(), token));
    }

    /** A POST without a body, as the toggles and counters take it. */
    public Response post(String path, String token) {
        return send(authorised(request(path).POST(HttpRequest.BodyPublishers.noBody()), token));
    }

    /** An anonymous POST without a body from the browser session {@code session} ({@code X-Session-Id}). */
    public Response postAsSession(String path, String session) {
        return send(request(path).header("X-Session-Id", session).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response postJson(String path, String body, String token) {
        return send(authorised(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), token));
    }

    public Response patchJson(String path, String body, String token) {
        return send(authorised(request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)), token));
    }

    public Response delete(String path, String token) {
        return send(authorised(request(path).DELETE(), token));
    }

    public Response postMultipart(String path, Multipart body, String token) {
        return send(authorised(request(path)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())), token));
    }

    /** A product listed by the token's user through the API; answers its id. */
    public long createProduct(String token, String name, String price, int stock) {
        var created = postJson("/api/v1/products/", json("name", name, "price", new java.math.BigDecimal(price),
                "stock", stock), token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    /** The upload form of an IMAGE post selling {@code product}, in the first category; tests add to it. */
    public static Multipart imageForm(long product) {
        return imageForm(product, 1);
    }

    /** The upload form of an IMAGE post selling {@code product} in {@code category}; tests add to it. */
    public static Multipart imageForm(long product, long category) {
        return Multipart.form()
                .field("content_type", "IMAGE")
                .field("title", "Summer hat")
                .field("category", Long.toString(category))
                .field("product_id", Long.toString(product))
                .file("image_file", "hat.png", "image/png", Media.png(100));
    }

    /** Uploads a form that must succeed; answers the created video. */
    public JsonNode upload(String token, Multipart form) {
        var created = postMultipart("/api/v1/shoppable-videos/", form, token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body();
    }

    /** An IMAGE post selling {@code product} and {@code additional} products, uploaded through the API. */
    public JsonNode createImagePost(String token, long product, long... additional) {
        var form = imageForm(product);
        for (long id : additional) {
            form.field("additional_product_ids", Long.toString(id));
        }
        return upload(token, form);
    }

    /** A COLLECTION selling {@code product}, uploaded through the API, without items yet. */
    public JsonNode createCollection(String token, long product) {
        return upload(token, Multipart.form()
                .field("content_type", "COLLECTION")
                .field("title", "Lookbook")
                .field("category", "1")
                .field("product_id", Long.toString(product))
                .file("image_file", "cover.jpg", "image/jpeg", Media.jpeg(100)));
    }

    /** A JSON object from alternating keys and values, for request bodies. */
    public String json(Object... keysAndValues) {
        var object = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            return json.writeValueAsString(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same object as a JSON tree, to compare whole answers with. */
    public JsonNode tree(Object... keysAndValues) {
        try {
            return json.readTree(json(keysAndValues));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one value a query with positional {@code ?} parameters answers, read straight from the database. */
    public <T> T sql(Class<T> type, String query, Object... parameters) {
        return TestDatabase.jdbi().withHandle(handle -> {
            var statement = handle.createQuery(query);
            for (int i = 0; i < parameters.length; i++) {
                statement.bind(i, parameters[i]);
            }
            return statement.mapTo(type).one();
        });
    }

    /** Every regular file under the media directory, temporary ones included. */
    public List<Path> storedFiles() {
        try (Stream<Path> paths = Files.walk(mediaDir)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /**
     * Stops as {@code serve} does on SIGTERM: requests in flight finish, then buffered counters are written
     * (with the database down nothing was counted, so nothing is written).
     */
    @Override
    public void close() {
        server.close();
        flushCounters();
    }

    /** An answer with its body parsed as JSON when it is JSON. */
    public record Response(HttpResponse<byte[]> raw, ObjectMapper json) {

        private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

        public int status() {
            return raw.statusCode();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        /** The path and query of the {@code Link: <...>; rel="next"} header, or null without one. */
        public String nextPath() {
            var link = header("Link");
            if (link == null) {
                return null;
            }
            var matcher = NEXT_LINK.matcher(link);
            assertThat(matcher.find()).as(link).isTrue();
            var next = URI.create(matcher.group(1));
            return next.getRawPath() + "?" + next.getRawQuery();
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
