package io.shoppable.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.shoppable.recommendation.FeedStages;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The service's metrics in one Prometheus registry: a latency histogram per route, method and status
 * (whose counts are the status counts), the feed's stage timings, JVM gauges and, once the composition
 * root binds it, the connection pool's. Scraped at {@code GET /metrics}.
 */
public final class HttpMetrics {

    /** Requests that matched no route (404s, probes) share one label, so bad paths cannot grow the series. */
    private static final String UNMATCHED = "unmatched";
    /** Files of the web demo and the API reference, served without a route, share another. */
    private static final String STATIC = "static";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final FeedStages feedStages = new TimedFeedStages();
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public HttpMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
    }

    /** The registry, for the composition root to bind more meters to (the connection pool). */
    public MeterRegistry registry() {
        return registry;
    }

    /** Times the feed's stages into {@code feed_stage_seconds{stage}}. */
    public FeedStages feedStages() {
        return feedStages;
    }

    /** The metrics in the Prometheus text format. */
    String scrape() {
        return registry.scrape();
    }

    void install(JavalinConfig javalin) {
        javalin.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(scrape()));
    }

    /** Records one finished request; called by the request logger, after errors have been mapped. */
    void record(Context ctx, float millis) {
        var endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint != null ? endpoint.path : ctx.statusCode() < 400 ? STATIC : UNMATCHED;
        Timer.builder("http_server_requests")
                .description("HTTP requests by route, method and status")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000L)));
    }

    /** Stops the JVM's GC listener. */
    void close() {
        gc.close();
        registry.close();
    }

    private final class TimedFeedStages implements FeedStages {
        @Override
        public <T> T run(Stage stage, Supplier<T> work) {
            return Timer.builder("feed_stage")
                    .description("Time spent in each stage of building a feed page")
                    .tag("stage", stage.name().toLowerCase(Locale.ROOT))
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(work);
        }
    }
}
