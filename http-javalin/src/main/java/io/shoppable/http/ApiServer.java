package io.shoppable.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.Context;
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

import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The REST API: builds the Javalin application from the services it drives and owns its lifecycle.
 * Routes are grouped by concept; failures are mapped by {@link Problems}.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger ACCESS = LoggerFactory.getLogger("io.shoppable.http.access");
    private static final int MIN_THREADS = 8;
    private static final int IDLE_THREAD_MILLIS = 60_000;
    private static final String HEALTH = "/health";

    private final Javalin app;
    private final HttpMetrics metrics;

    public ApiServer(ServerConfig config, Api api, HealthCheck health) {
        this(config, api, health, new HttpMetrics(), Clock.systemUTC());
    }

    /**
     * The API recording into {@code metrics}, which the composition root shares with the feed and the pool,
     * with the clock the rate limits run on.
     */
    public ApiServer(ServerConfig config, Api api, HealthCheck health, HttpMetrics metrics, Clock clock) {
        this.metrics = metrics;
        var remembered = new RememberedHealth(health, clock);
        var mapper = JsonMapping.objectMapper();
        var params = new Params(mapper);
        this.app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            protectFromOverload(javalin, config);
            allowCors(javalin, config.corsOrigins());
            javalin.router.ignoreTrailingSlashes = true;
            javalin.router.treatMultipleSlashesAsSingleSlash = true;
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new JavalinJackson(mapper, false));
            limitUploads(javalin, api.uploadLimits());
            Problems.install(javalin, remembered);
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
            javalin.routes.before(ctx -> refuseWhileDatabaseDown(ctx, remembered));
            var rateLimiter = new WriteRateLimiter(config.rateLimits(), api.identity(), clock);
            javalin.routes.before(rateLimiter::check);
            new IdempotentRequests(api.idempotency(), api.identity()).register(javalin.routes);
            javalin.routes.get(HEALTH, ctx -> {
                boolean up = remembered.databaseIsUp();
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

    /**
     * Bounded worker threads, a connection cap and accept backlog, and the in-flight limit
     * that answers 503 when saturated; a stop drains requests in flight for at most the stop timeout.
     */
    private static void protectFromOverload(JavalinConfig javalin, ServerConfig config) {
        var limits = config.overload();
        // Jetty wants an unbounded job queue; the in-flight limit is what bounds the work taken on.
        var threads = new QueuedThreadPool(limits.maxThreads(), MIN_THREADS, IDLE_THREAD_MILLIS);
        threads.setName("http");
        javalin.jetty.threadPool = threads;
        javalin.jetty.addConnector((server, http) -> {
            var connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(config.host());
            connector.setPort(config.port());
            connector.setAcceptQueueSize(limits.acceptQueue());
            return connector;
        });
        javalin.jetty.modifyServer(server -> {
            server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
            server.setStopTimeout(limits.stopTimeout().toMillis());
            server.setHandler(new InFlightLimit(limits.maxInFlight()));
            server.setErrorHandler(new ProblemErrorHandler());
        });
        javalin.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler()));
    }

    private static void refuseWhileDatabaseDown(Context ctx, RememberedHealth health) {
        if (health.recentlyDown() && !HEALTH.equals(ctx.path())) {
            throw new DatabaseDown();
        }
    }

    /** CORS stays off unless origins are configured; then only those may call from a browser. */
    private static void allowCors(JavalinConfig javalin, List<String> origins) {
        if (origins.isEmpty()) {
            return;
        }
        javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
            rule.exposeHeader("Link");
            rule.exposeHeader("Retry-After");
        }));
    }

    private static void limitUploads(JavalinConfig javalin, UploadLimits limits) {
        var multipart = javalin.jetty.multipartConfig;
        multipart.maxFileSize(Math.max(limits.maxVideoBytes(), limits.maxImageBytes()), SizeUnit.BYTES);
        multipart.maxTotalRequestSize(limits.maxRequestBytes(), SizeUnit.BYTES);
        multipart.maxInMemoryFileSize(1, SizeUnit.MB);
    }
}
