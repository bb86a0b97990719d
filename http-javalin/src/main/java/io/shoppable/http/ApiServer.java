package io.shoppable.http;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import java.util.LinkedHashMap;

/**
 * The REST API: builds the Javalin application from the services it drives and owns its lifecycle.
 * Routes are grouped by concept; failures are mapped by {@link Problems}.
 */
public final class ApiServer implements AutoCloseable {

    private final Javalin app;

    public ApiServer(ServerConfig config, HealthCheck health) {
        this.app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.router.ignoreTrailingSlashes = true;
            javalin.router.treatMultipleSlashesAsSingleSlash = true;
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new JavalinJackson(JsonMapping.objectMapper(), false));
            Problems.install(javalin);
            javalin.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
            javalin.routes.get("/health", ctx -> {
                boolean up = health.databaseIsUp();
                var body = new LinkedHashMap<String, String>();
                body.put("status", up ? "UP" : "DOWN");
                body.put("database", up ? "UP" : "DOWN");
                ctx.status(up ? 200 : 503).json(body);
            });
        });
    }

    /** Starts listening and returns the bound port (useful with port 0). */
    public int start() {
        app.start();
        return app.port();
    }

    /** Stops taking requests, lets those in flight finish, and releases the port. */
    @Override
    public void close() {
        app.stop();
    }
}
