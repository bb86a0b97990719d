package io.shoppable.cli;

import io.shoppable.domain.social.ModerationConfig;
import io.shoppable.http.ApiServer;
import io.shoppable.http.DemoTokens;
import io.shoppable.http.JwtAuthenticator;
import io.shoppable.http.HttpMetrics;
import io.shoppable.http.Overload;
import io.shoppable.http.RateLimits;
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
import java.util.List;
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

    @Option(names = "--cors-origin", paramLabel = "URL",
            description = "Allow browser calls from this origin, e.g. https://shop.example; repeatable. "
                    + "Without it CORS is off.")
    List<String> corsOrigins;

    @Option(names = "--rate-limits", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Limit writes per member and per address (default: on; --no-rate-limits turns it off).")
    boolean rateLimits;

    @Option(names = "--writes-per-minute", defaultValue = "120", paramLabel = "N",
            description = "Writes a member may make a minute, in bursts of half that (default: ${DEFAULT-VALUE}).")
    int writesPerMinute;

    @Option(names = "--writes-per-minute-per-address", defaultValue = "600", paramLabel = "N",
            description = "Writes one client address may make a minute (default: ${DEFAULT-VALUE}).")
    int writesPerMinutePerAddress;

    @Option(names = "--max-in-flight", defaultValue = "150", paramLabel = "N",
            description = "Requests handled at once; more get a fast 503 (default: ${DEFAULT-VALUE}).")
    int maxInFlight;

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
            var server = new ApiServer(serverConfig().withDemo(demoTokens(authenticator)), api, db::isUp, metrics,
                    clock);
            int boundPort = server.start();
            var trends = new TrendRefresher(wiring.trends(), refresh);
            var counters = new CounterFlusher(wiring.engagement(), CounterFlusher.DEFAULT_INTERVAL);
            var purger = new IdempotencyPurger(wiring.idempotency());
            // Steps run in order; the HTTP stop waits for requests in flight (Overload.stopTimeout, 8 s), then
            // the views and shares still buffered are written (D47) before the database closes.
            var shutdown = new ShutdownSequence()
                    .then("stop trend refresh", trends::close)
                    .then("stop the idempotency key purge", purger::close)
                    .then("stop HTTP, finishing requests in flight", server::close)
                    .then("flush counters", counters::close)
                    .then("close the database", db::close)
                    .then("release the main thread", stopped::countDown);
            Runtime.getRuntime().addShutdownHook(new Thread(shutdown::runAndExit, "shutdown"));
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

    private ServerConfig serverConfig() {
        if (writesPerMinute < 1 || writesPerMinutePerAddress < 1 || maxInFlight < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--writes-per-minute, --writes-per-minute-per-address and --max-in-flight must be positive");
        }
        var overload = Overload.defaults();
        var rates = RateLimits.defaults();
        return new ServerConfig(host, port,
                new Overload(overload.maxThreads(), overload.acceptQueue(), overload.maxConnections(), maxInFlight,
                        overload.stopTimeout()),
                new RateLimits(rateLimits, writesPerMinute, Math.max(1, writesPerMinute / 2),
                        writesPerMinutePerAddress, Math.max(1, writesPerMinutePerAddress / 2), rates.forgetAfter()),
                corsOrigins == null ? List.of() : corsOrigins, Optional.empty());
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
