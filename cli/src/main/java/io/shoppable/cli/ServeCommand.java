package io.shoppable.cli;

import io.shoppable.domain.social.ModerationConfig;
import io.shoppable.http.ApiServer;
import io.shoppable.http.DemoTokens;
import io.shoppable.http.JwtAuthenticator;
import io.shoppable.http.HttpMetrics;
import io.shoppable.http.ServerConfig;
import io.shoppable.http.UploadLimits;
import io.shoppable.persistence.content.FileSystemMediaStorage;
import io.shoppable.recommendation.RecommendationConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: starts the database (embedded by default), applies migrations and the default
 * categories, serves the API, and on SIGTERM stops taking requests and shuts everything down.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the REST API.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    private static final Duration DEMO_TOKEN_TTL = Duration.ofHours(12);

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--media-dir", paramLabel = "DIR",
            description = "Directory for uploaded media (default: <data-dir>/media).")
    Path mediaDir;

    @Option(names = "--report-threshold", defaultValue = "3", paramLabel = "N",
            description = "Distinct users with open reports that hide a video (default: ${DEFAULT-VALUE}).")
    int reportThreshold;

    @Option(names = "--trend-refresh", paramLabel = "DURATION",
            description = "How often trend scores are recomputed, ISO-8601 such as PT10M (default: the "
                    + "recommendation settings' 10 minutes).")
    Duration trendRefresh;

    @Option(names = "--demo",
            description = "Load a generated demo marketplace (creators, products, videos, shoppers' activity) "
                    + "into the data dir on first start, with a progress bar on stderr, and let the web demo "
                    + "at / sign visitors in as demo users (POST /api/v1/demo/session). Never use it in production.")
    boolean demo;

    @Mixin
    DatabaseOptions database;

    @Mixin
    JwtOptions jwt;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var refresh = refreshInterval();
        var clock = Clock.systemUTC();
        var authenticator = jwt.authenticator(clock);
        var mediaRoot = mediaDir != null ? mediaDir : database.dataDir.resolve("media");
        var media = new FileSystemMediaStorage(mediaRoot);
        var db = database.openMigrated();
        var stopped = new CountDownLatch(1);
        try {
            var metrics = new HttpMetrics();
            db.reportPoolMetricsTo(metrics.registry());
            var shoppable = ShoppableVideos.over(db.dataSource())
                    .clock(clock)
                    .feedStages(metrics.feedStages())
                    .moderation(new ModerationConfig(reportThreshold))
                    .cursorSecret(jwt.effectiveSecret())
                    .authenticator(authenticator)
                    .build();
            var wiring = shoppable.services();
            var loaded = wiring.categories().loadDefaults();
            LOG.info("default categories: {} created, {} updated", loaded.created(), loaded.updated());
            if (demo) {
                int videos = DemoData.load(db.jdbi(), mediaRoot, clock.instant(), spec.commandLine().getErr());
                LOG.info(videos == 0 ? "demo marketplace already loaded" : "demo marketplace loaded: {} videos",
                        videos);
            }
            var api = shoppable.restApi(media, UploadLimits.defaults());
            var server = new ApiServer(new ServerConfig(host, port, demoTokens(authenticator)), api, db::isUp,
                    metrics);
            int boundPort = server.start();
            var trends = new TrendRefresher(wiring.trends(), refresh);
            var counters = new CounterFlusher(wiring.engagement(), CounterFlusher.DEFAULT_INTERVAL);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                LOG.info("shutting down: finishing requests in flight, then stopping the database");
                trends.close();
                server.close();
                counters.close();
                db.close();
                stopped.countDown();
            }, "shutdown"));
            spec.commandLine().getOut().println("listening on http://" + host + ":" + boundPort);
            spec.commandLine().getOut().flush();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        stopped.await();
        return 0;
    }

    private Optional<DemoTokens> demoTokens(JwtAuthenticator authenticator) {
        if (!demo) {
            return Optional.empty();
        }
        LOG.warn("demo mode: anyone can sign in as a demo user at POST /api/v1/demo/session");
        return Optional.of(member -> authenticator.issue(member, DEMO_TOKEN_TTL));
    }

    private Duration refreshInterval() {
        if (trendRefresh == null) {
            return RecommendationConfig.spec().trends().refreshEvery();
        }
        if (trendRefresh.isNegative() || trendRefresh.isZero()) {
            throw new ParameterException(spec.commandLine(), "--trend-refresh must be a positive duration");
        }
        return trendRefresh;
    }
}
