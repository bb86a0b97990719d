package io.shoppable.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.shoppable.http.catalog.CategoryRoutes;
import io.shoppable.http.commerce.CartRoutes;
import io.shoppable.http.content.CategoryContentRoutes;
import io.shoppable.http.content.MediaRoutes;
import io.shoppable.http.content.VideoRoutes;
import io.shoppable.http.engagement.EngagementRoutes;
import io.shoppable.http.product.ProductRoutes;
import io.shoppable.http.social.CommentRoutes;
import io.shoppable.http.social.CreatorRoutes;
import io.shoppable.http.social.FollowRoutes;
import io.shoppable.http.social.ReportRoutes;
import io.shoppable.http.recommendation.RecommendationRoutes;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * The REST API: builds the Javalin application from the services it drives and owns its lifecycle.
 * Routes are grouped by concept; failures are mapped by {@link Problems}.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger ACCESS = LoggerFactory.getLogger("io.shoppable.http.access");

    private final Javalin app;
    private final HttpMetrics metrics;

    public ApiServer(ServerConfig config, Api api, HealthCheck health) {
        this(config, api, health, new HttpMetrics());
    }

    /** The API recording into {@code metrics}, which the composition root shares with the feed and the pool. */
    public ApiServer(ServerConfig config, Api api, HealthCheck health, HttpMetrics metrics) {
        this.metrics = metrics;
        var mapper = JsonMapping.objectMapper();
        var params = new Params(mapper);
        this.app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.router.ignoreTrailingSlashes = true;
            javalin.router.treatMultipleSlashesAsSingleSlash = true;
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new JavalinJackson(mapper, false));
            limitUploads(javalin, api.uploadLimits());
            Problems.install(javalin, health);
            javalin.routes.before(ctx -> {
                RequestIds.assign(ctx);
                ctx.header("X-Content-Type-Options", "nosniff");
            });
            javalin.requestLogger.http((ctx, millis) -> {
                metrics.record(ctx, millis);
                ACCESS.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
                RequestIds.clear();
            });
            metrics.install(javalin);
            new ApiDocs().install(javalin);
            javalin.routes.get("/health", ctx -> {
                boolean up = health.databaseIsUp();
                var body = new LinkedHashMap<String, String>();
                body.put("status", up ? "UP" : "DOWN");
                body.put("database", up ? "UP" : "DOWN");
                ctx.status(up ? 200 : 503).json(body);
            });
            new ProductRoutes(api, params).register(javalin.routes);
            new VideoRoutes(api, params).register(javalin.routes);
            new EngagementRoutes(api, params).register(javalin.routes);
            new CartRoutes(api, params).register(javalin.routes);
            new MediaRoutes(api.media()).register(javalin.routes);
            new CategoryRoutes(api, params).register(javalin.routes);
            new CategoryContentRoutes(api).register(javalin.routes);
            new CommentRoutes(api, params).register(javalin.routes);
            new ReportRoutes(api, params).register(javalin.routes);
            new FollowRoutes(api, params).register(javalin.routes);
            new CreatorRoutes(api, params).register(javalin.routes);
            new RecommendationRoutes(api).register(javalin.routes);
            config.demo().ifPresent(tokens -> new DemoRoutes(tokens, params).register(javalin.routes));
            // The web demo: plain HTML, CSS and JS from the class path, served at /.
            javalin.staticFiles.add("/public", Location.CLASSPATH);
        });
    }

    /** Starts listening and returns the bound port (useful with port 0). */
    public int start() {
        app.start();
        return app.port();
    }

    /** Every registered route as {@code "METHOD /path"}, in registration order (the OpenAPI test reads it). */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .toList();
    }

    /** Stops taking requests, lets those in flight finish, and releases the port. */
    @Override
    public void close() {
        app.stop();
        metrics.close();
    }

    private static void limitUploads(JavalinConfig javalin, UploadLimits limits) {
        var multipart = javalin.jetty.multipartConfig;
        multipart.maxFileSize(Math.max(limits.maxVideoBytes(), limits.maxImageBytes()), SizeUnit.BYTES);
        multipart.maxTotalRequestSize(limits.maxRequestBytes(), SizeUnit.BYTES);
        multipart.maxInMemoryFileSize(1, SizeUnit.MB);
    }
}
