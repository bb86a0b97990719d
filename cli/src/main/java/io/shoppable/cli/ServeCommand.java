package io.shoppable.cli;

import io.shoppable.domain.social.ModerationConfig;
import io.shoppable.http.ApiServer;
import io.shoppable.http.ServerConfig;
import io.shoppable.http.UploadLimits;
import io.shoppable.persistence.PersistenceAdapters;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: starts the database (embedded by default), applies migrations and the default
 * categories, serves the API, and on SIGTERM stops taking requests and shuts everything down.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the REST API.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

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
        var media = new FileSystemMediaStorage(mediaDir != null ? mediaDir : database.dataDir.resolve("media"));
        var db = database.openMigrated();
        var stopped = new CountDownLatch(1);
        try {
            var wiring = Wiring.of(PersistenceAdapters.over(db.jdbi()), clock, new ModerationConfig(reportThreshold),
                    RecommendationConfig.spec());
            var loaded = wiring.categories().loadDefaults();
            LOG.info("default categories: {} created, {} updated", loaded.created(), loaded.updated());
            var api = wiring.api(authenticator, media, UploadLimits.defaults());
            var server = new ApiServer(new ServerConfig(host, port), api, db::isUp);
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
