package io.shoppable.api;

import io.shoppable.persistence.TestDatabase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile input against every endpoint: malformed and deeply nested JSON, wrong types, numbers
 * beyond 64 bits, negative ids, empty and 1 MB strings, unicode and NUL, SQL and LIKE metacharacters, and
 * broken multipart forms. Whatever comes in, the answer is never a 5xx; every 4xx is a problem JSON and
 * leaves the database (a digest of every table) and the media directory exactly as they were. jqwik prints
 * the number of tries of each property; together they are more than 2,000 cases a run.
 */
class HostileInputPropertyTest {

    private static final int ONE_MEGABYTE = 1024 * 1024;

    private static Path media;
    private static Path outside;
    private static ApiTestServer api;
    private static String owner;
    private static String admin;
    private static String databaseDigest;

    /** A JSON write: its method and path (resources with id 1 belong to the owner). */
    record Write(String method, String path, boolean adminOnly) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Write> JSON_WRITES = List.of(
            new Write("POST", "/api/v1/products/", false),
            new Write("POST", "/api/v1/shoppable-video-categories/", true),
            new Write("PATCH", "/api/v1/shoppable-video-categories/1/", true),
            new Write("PUT", "/api/v1/shoppable-video-categories/1/", true),
            new Write("POST", "/api/v1/video-comments/", false),
            new Write("PATCH", "/api/v1/video-comments/1/", false),
            new Write("PUT", "/api/v1/video-comments/1/", false),
            new Write("POST", "/api/v1/video-reports/", false),
            new Write("PATCH", "/api/v1/video-reports/1/", true),
            new Write("POST", "/api/v1/creators/", false),
            new Write("PATCH", "/api/v1/creators/1/", false),
            new Write("PUT", "/api/v1/creators/1/", false),
            new Write("POST", "/api/v1/user-follows/toggle_follow/", false),
            new Write("POST", "/api/v1/shoppable-videos/1/add_to_cart/", false),
            new Write("POST", "/api/v1/shoppable-videos/1/track-interaction/", false),
            new Write("PATCH", "/api/v1/shoppable-videos/1/", false));

    /** Every path with an id, and the methods it answers. */
    private static final List<String> ID_PATHS = List.of(
            "GET /api/v1/products/%s/", "GET /api/v1/shoppable-videos/%s/", "PATCH /api/v1/shoppable-videos/%s/",
            "DELETE /api/v1/shoppable-videos/%s/", "POST /api/v1/shoppable-videos/%s/like/",
            "POST /api/v1/shoppable-videos/%s/save_video/", "POST /api/v1/shoppable-videos/%s/view/",
            "POST /api/v1/shoppable-videos/%s/share/", "POST /api/v1/shoppable-videos/%s/add_to_cart/",
            "POST /api/v1/shoppable-videos/%s/add-item/", "GET /api/v1/shoppable-videos/%s/more-like-this/",
            "GET /api/v1/shoppable-videos/%s/also-watched/", "GET /api/v1/shoppable-video-categories/%s/",
            "PATCH /api/v1/shoppable-video-categories/%s/", "DELETE /api/v1/shoppable-video-categories/%s/",
            "GET /api/v1/shoppable-video-categories/%s/videos/", "GET /api/v1/shoppable-video-categories/%s/creators/",
            "PATCH /api/v1/video-comments/%s/", "DELETE /api/v1/video-comments/%s/",
            "PATCH /api/v1/video-reports/%s/", "GET /api/v1/creators/%s/", "PATCH /api/v1/creators/%s/",
            "POST /api/v1/creators/%s/follow/", "GET /api/v1/creators/%s/videos/", "GET /api/v1/creators/%s/products/",
            "GET /api/v1/creators/%s/followers/", "GET /api/v1/creators/%s/following/");

    /** Every list with the query parameters it reads. */
    private static final List<String> QUERIES = List.of(
            "/api/v1/shoppable-videos/?limit=%s", "/api/v1/shoppable-videos/?cursor=%s",
            "/api/v1/shoppable-videos/?category=%s", "/api/v1/shoppable-video-categories/?limit=%s",
            "/api/v1/shoppable-video-categories/?offset=%s", "/api/v1/video-comments/?video=%s",
            "/api/v1/video-comments/?video=1&limit=%s", "/api/v1/video-comments/?video=1&offset=%s",
            "/api/v1/video-reports/?status=%s", "/api/v1/creators/?search=%s", "/api/v1/creators/?limit=%s",
            "/api/v1/creators/trending/?limit=%s", "/api/v1/creators/me_following/?offset=%s",
            "/api/v1/user-follows/?creator=%s", "/api/v1/shoppable-video-categories/1/videos/?limit=%s",
            "/api/v1/creators/1/videos/?offset=%s", "/api/v1/shoppable-videos/1/more-like-this/?limit=%s");

    @BeforeContainer
    static void aServiceWithOneOfEverything() throws IOException {
        media = Files.createTempDirectory("shopvid-hostile").resolve("media");
        Files.createDirectories(media);
        outside = media.getParent();
        api = new ApiTestServer(media);
        owner = api.token(42, "alice");
        admin = api.token(1, "root", true);
        String bob = api.token(43, "bob");
        long product = api.createProduct(owner, "Sun Hat", "49.99", 5);
        long video = api.createImagePost(owner, product).get("id").asLong();
        api.postJson("/api/v1/creators/", "{\"handle\":\"alice\",\"display_name\":\"Alice\"}", owner);
        api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\"Nice\"}", owner);
        api.postJson("/api/v1/video-reports/", "{\"video\":" + video + ",\"reason\":\"spam\"}", bob);
        api.get("/api/v1/cart/", admin);
        databaseDigest = digest();
    }

    /** A property that failed may have left changes; each starts from the state as it is. */
    @BeforeProperty
    void takeDigest() {
        databaseDigest = digest();
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    @Property(tries = 700)
    void malformed_json_on_every_json_write_is_a_400_problem_and_changes_nothing(
            @ForAll("jsonWrites") Write write, @ForAll("malformedJson") String body) {
        var answer = send(write, body);

        assertThat(answer.status()).as("%s %s", write, abbreviated(body)).isIn(400, 413);
        assertRefusedCleanly(answer, write + " " + abbreviated(body));
    }

    @Property(tries = 500)
    void wrong_types_and_hostile_values_in_json_fields_are_never_a_5xx_and_a_4xx_changes_nothing(
            @ForAll("jsonWrites") Write write, @ForAll("hostileObjects") String body) {
        var answer = send(write, body);

        assertAnsweredSafely(answer, write + " " + abbreviated(body));
    }

    @Property(tries = 500)
    void a_hostile_id_in_any_path_is_a_4xx_problem_and_changes_nothing(
            @ForAll("idPaths") String route, @ForAll("hostileIds") String id) {
        var parts = route.split(" ", 2);
        var path = String.format(parts[1], URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
        var request = api.request(path).header("Authorization", "Bearer " + owner)
                .header("Content-Type", "application/json")
                .method(parts[0], HttpRequest.BodyPublishers.ofString("{}"));

        var answer = sendRetryingOnce(request);

        assertThat(answer.status()).as("%s with id %s", route, id).isBetween(400, 499);
        assertRefusedCleanly(answer, route + " " + id);
    }

    @Property(tries = 400)
    void hostile_query_parameters_are_never_a_5xx_and_a_4xx_is_a_problem(
            @ForAll("queries") String query, @ForAll("hostileText") String value) {
        var path = String.format(query, URLEncoder.encode(value, StandardCharsets.UTF_8));

        var answer = sendRetryingOnce(api.request(path).header("Authorization", "Bearer " + owner).GET());

        assertAnsweredSafely(answer, path);
    }

    @Property(tries = 250)
    void broken_multipart_uploads_are_refused_and_leave_no_files_and_no_rows(@ForAll("brokenForms") Multipart form) {
        ApiTestServer.Response answer;
        try {
            answer = api.postMultipart("/api/v1/shoppable-videos/", form, owner);
        } catch (UncheckedIOException e) {
            // A 413 may close the connection before the client has sent it all and read the answer.
            assertThat(digest()).as("database unchanged after a closed upload").isEqualTo(databaseDigest);
            return;
        }

        assertAnsweredSafely(answer, "upload " + abbreviated(new String(form.bytes(), StandardCharsets.ISO_8859_1)));
        assertThat(filesOutsideMedia()).isEqualTo(Set.of("media"));
    }

    @Provide
    Arbitrary<Write> jsonWrites() {
        return Arbitraries.of(JSON_WRITES);
    }

    @Provide
    Arbitrary<String> idPaths() {
        return Arbitraries.of(ID_PATHS);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.of(QUERIES);
    }

    @Provide
    Arbitrary<String> malformedJson() {
        return Arbitraries.oneOf(
                // A blank body is no body, which some writes accept (add to cart adds one unit).
                Arbitraries.strings().all().ofMaxLength(40).filter(text -> !text.isBlank() && !looksLikeAnObject(text)),
                Arbitraries.of("{", "{\"name\":", "{\"name\":\"x\"", "{'name':'x'}", "{\"a\":1,}", "nul", "tru",
                        "[]", "[1,2]", "42", "-1", "\"text\"", "null", "true", "1e999999", "{\"a\":1}}", "{}{}",
                        "\u0000", "{\"text\":\"\u0000\"", "\uFEFF{", "<xml/>"),
                Arbitraries.integers().between(1_001, 20_000).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                Arbitraries.integers().between(1_001, 20_000).map(depth -> "{\"a\":".repeat(depth) + "1"
                        + "}".repeat(depth)),
                Arbitraries.just("{\"name\":\"" + "x".repeat(ONE_MEGABYTE)));
    }

    @Provide
    Arbitrary<String> hostileObjects() {
        var fields = Arbitraries.of("name", "price", "stock", "video", "text", "reason", "description", "status",
                "order", "handle", "display_name", "bio", "creator", "product_id", "quantity", "interaction_type",
                "watch_duration", "title", "category", "tags", "parent", "is_active", "is_verified", "extra_data",
                "id", "owner", "likes_count", "trend_score");
        var values = Arbitraries.oneOf(hostileJsonValues(), hostileText().map(HostileInputPropertyTest::jsonString));
        var pair = Combinators.combine(fields, values).as((field, value) -> "\"" + field + "\":" + value);
        return pair.list().ofMinSize(1).ofMaxSize(4).map(pairs -> "{" + String.join(",", pairs) + "}");
    }

    @Provide
    Arbitrary<String> hostileIds() {
        return Arbitraries.oneOf(
                Arbitraries.longs().lessOrEqual(0).map(String::valueOf),
                Arbitraries.bigIntegers().greaterOrEqual(new java.math.BigInteger("9223372036854775808"))
                        .lessOrEqual(java.math.BigInteger.TEN.pow(40)).map(Object::toString),
                Arbitraries.of("1.5", "1e3", "0x1", "+1", "１", "١", "1;DROP TABLE videos", "' OR '1'='1",
                        "%", "_", "\\", "..", "../1", "\u0000", "1\u0000", "null", "true", "[]", "{}", "-0",
                        "99999999999999999999999999999999999999999999"),
                hostileText().filter(text -> !text.isEmpty() && !text.chars().allMatch(Character::isDigit)));
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.of("", " ", "%", "_", "%_%", "\\", "\\%", "'", "''", "\"", "' OR 1=1 --", "'; DROP TABLE users; --",
                        "1 UNION SELECT * FROM users", "$1", ":name", "\u0000", "a\u0000b", "\uD83D\uDE00",
                        "\u202Eevil", "-1", "0", "9223372036854775808", "-9223372036854775809", "1e400", "NaN",
                        "Infinity", "f:9999:9999", "Zjox", "%00", "../../etc/passwd"),
                Arbitraries.integers().between(1_000, 20_000).map("9"::repeat));
    }

    @Provide
    Arbitrary<Multipart> brokenForms() {
        var names = Arbitraries.of("../../escape.png", "..\\..\\escape.png", "a\u0000b.png", "x".repeat(300) + ".png",
                "CON", "NUL.mp4", "aux.png", "com1.mp4", "", ".htaccess", "/etc/passwd", "index.html", "video.mp4");
        var contents = Arbitraries.of(Content.values());
        var contentTypes = Arbitraries.of("IMAGE", "VIDEO", "COLLECTION", "", "image", "\u0000", "PHOTO");
        var ids = Arbitraries.of("1", "-1", "0", "abc", "99999999999999999999999", "", "1,1", "\u0000");
        var drops = Arbitraries.integers().between(0, 31);
        return Combinators.combine(names, contents, contentTypes, ids, drops, Arbitraries.of(true, false))
                .as((name, content, type, id, drop, duplicate) -> {
                    var form = Multipart.form();
                    if ((drop & 1) == 0) {
                        form.field("content_type", type);
                    }
                    if ((drop & 2) == 0) {
                        form.field("title", "Hostile");
                    }
                    if ((drop & 4) == 0) {
                        form.field("category", id);
                    }
                    if ((drop & 8) == 0) {
                        form.field("product_id", id);
                    }
                    if ((drop & 16) == 0) {
                        form.file(content.field, name, content.declared, content.bytes());
                    }
                    if (duplicate) {
                        form.field("content_type", "VIDEO").field("product_id", "2")
                                .file(content.field, name, content.declared, content.bytes());
                    }
                    return form;
                });
    }

    /** File contents that lie about what they are, or are too big. */
    enum Content {
        HTML_AS_VIDEO("video_file", "video/mp4"), EXECUTABLE_AS_IMAGE("image_file", "image/png"),
        PNG_AS_MP4("video_file", "video/mp4"), OVERSIZED_IMAGE("image_file", "image/png"),
        EMPTY_IMAGE("image_file", "image/png"), GOOD_IMAGE("image_file", "image/png");

        final String field;
        final String declared;

        Content(String field, String declared) {
            this.field = field;
            this.declared = declared;
        }

        byte[] bytes() {
            return switch (this) {
                case HTML_AS_VIDEO -> Media.html();
                case EXECUTABLE_AS_IMAGE -> Media.executable();
                case PNG_AS_MP4 -> Media.png(200);
                case OVERSIZED_IMAGE -> Media.png((int) ApiTestServer.LIMITS.maxImageBytes() + 1);
                case EMPTY_IMAGE -> new byte[0];
                case GOOD_IMAGE -> Media.png(200);
            };
        }
    }

    private static Arbitrary<String> hostileJsonValues() {
        return Arbitraries.of("null", "true", "false", "[]", "{}", "[1,\"a\",null]", "{\"a\":{\"b\":[]}}", "-1", "0",
                "1.5", "-0.0", "1e400", "-1e400", "99999999999999999999999", "-9223372036854775809",
                "9223372036854775808", "0.000000000000000000000001", "\"\"", "\"   \"", "\"" + "y".repeat(5_000) + "\"",
                "\"1\"", "\"abc\"", "\"\\u0000\"", "\"9999-99-99\"");
    }

    private static ApiTestServer.Response send(Write write, String body) {
        var token = write.adminOnly() ? admin : owner;
        return sendRetryingOnce(api.request(write.path())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(write.method(), HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Jetty closes a connection after a request it cannot parse; the client may already have picked that
     * pooled connection for the next request, which then fails before any answer. That is the client's race,
     * not an answer, so such a send is tried once more on a new connection.
     */
    private static ApiTestServer.Response sendRetryingOnce(HttpRequest.Builder request) {
        try {
            return api.send(request);
        } catch (UncheckedIOException e) {
            return api.send(request);
        }
    }

    /** Never a 5xx; a 4xx is a problem and changed nothing; anything else may have changed state. */
    private static void assertAnsweredSafely(ApiTestServer.Response answer, String what) {
        assertThat(answer.status()).as(what + " -> " + answer).isLessThan(500);
        if (answer.status() >= 400) {
            assertRefusedCleanly(answer, what);
        } else {
            databaseDigest = digest();
        }
    }

    private static void assertRefusedCleanly(ApiTestServer.Response answer, String what) {
        assertThat(answer.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(answer.body().get("status").asInt()).as(what).isEqualTo(answer.status());
        assertThat(answer.text()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(digest()).as("database unchanged after " + what).isEqualTo(databaseDigest);
        assertThat(api.storedFiles()).as("no files left by " + what).allSatisfy(file ->
                assertThat(file.getFileName().toString()).doesNotEndWith(".tmp"));
    }

    /** A digest of every application table's rows, so any change anywhere shows. */
    private static String digest() {
        return TestDatabase.jdbi().withHandle(handle -> {
            var tables = handle.createQuery("""
                    SELECT tablename FROM pg_tables
                    WHERE schemaname = current_schema() AND tablename NOT LIKE 'databasechangelog%'
                    ORDER BY tablename
                    """).mapTo(String.class).list();
            var sql = tables.stream()
                    .map(table -> "SELECT '" + table + "' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text),"
                            + " '')) AS h FROM \"" + table + "\" x")
                    .collect(Collectors.joining(" UNION ALL ", "SELECT string_agg(t || ':' || h, ',' ORDER BY t) FROM (",
                            ") digests"));
            return handle.createQuery(sql).mapTo(String.class).one();
        }) + "/" + api.storedFiles().size();
    }

    private static Set<String> filesOutsideMedia() {
        try (Stream<Path> entries = Files.list(outside)) {
            return entries.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksLikeAnObject(String text) {
        var trimmed = text.strip();
        return trimmed.startsWith("{") && trimmed.endsWith("}");
    }

    private static String jsonString(String text) {
        var escaped = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append((char) c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", c));
            } else {
                escaped.append((char) c);
            }
        });
        return escaped.append('"').toString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "... (" + text.length() + " chars)";
    }
}
