package io.shoppable.http;

import io.javalin.config.JavalinConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The API's own description: the hand-maintained OpenAPI 3.1 document at {@code /api/v1/openapi.json}
 * and a reference page at {@code /docs}, rendered by the Swagger UI WebJar served from the class path.
 */
final class ApiDocs {

    static final String DOCUMENT = "openapi/openapi.json";
    private static final String PAGE = "docs/index.html";
    private static final String SWAGGER_UI_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String document = resource(DOCUMENT);
    private final String page = resource(PAGE).replace("{{swagger_ui_version}}", swaggerUiVersion());

    void install(JavalinConfig javalin) {
        javalin.staticFiles.enableWebjars();
        javalin.routes.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(document));
        javalin.routes.get("/docs", ctx -> ctx.html(page));
    }

    /** The WebJar's version, read from its own metadata, so the page follows a version bump in the pom. */
    private static String swaggerUiVersion() {
        var properties = new Properties();
        try (InputStream in = stream(SWAGGER_UI_POM)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String name) {
        var in = ApiDocs.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing class path resource " + name);
        }
        return in;
    }
}
