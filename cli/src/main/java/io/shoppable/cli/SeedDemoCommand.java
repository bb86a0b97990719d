package io.shoppable.cli;

import io.shoppable.domain.demo.DemoScale;
import io.shoppable.persistence.PersistenceAdapters;
import io.shoppable.persistence.demo.JdbiDemoSeeder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code seed-demo}: loads generated users, creators, products, videos, likes, saves, follows and
 * interactions in bulk (PostgreSQL COPY), then recomputes trend scores. Loading the same scale and seed
 * again does nothing.
 */
@Command(name = "seed-demo", mixinStandardHelpOptions = true,
        description = "Load generated demo data: S = 10k videos, M = 100k, L = 1M.")
final class SeedDemoCommand implements Callable<Integer> {

    private static final int BAR_WIDTH = 30;

    @Option(names = "--scale", defaultValue = "S", paramLabel = "S|M|L",
            description = "S: 10k videos / 1k users / 100k interactions; M: 100k / 10k / 1M; L: 1M / 100k / 10M "
                    + "(default: ${DEFAULT-VALUE}).")
    String scale;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the generator; the same seed loads the same data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var demo = DemoScale.named(scale);
        var clock = Clock.systemUTC();
        var started = clock.instant();
        var err = spec.commandLine().getErr();
        try (var db = database.openMigrated()) {
            var seeding = new JdbiDemoSeeder(db.jdbi(), clock).seed(demo, seed,
                    (table, done, total) -> bar(err, table, done, total));
            var out = spec.commandLine().getOut();
            if (seeding.alreadyLoaded()) {
                out.printf("Demo data for scale %s, seed %d is already loaded; nothing to do.%n", demo.name(), seed);
                return 0;
            }
            Wiring.of(PersistenceAdapters.over(db.jdbi()), clock).trends().recompute();
            out.printf("Demo data loaded: scale %s, seed %d, %d rows in %d s.%n", demo.name(), seed, seeding.rows(),
                    Duration.between(started, clock.instant()).toSeconds());
        }
        return 0;
    }

    /** One line per table, redrawn in place: {@code videos [#########.........]  33%}. */
    private static void bar(PrintWriter err, String table, long done, long total) {
        int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * done / total);
        err.printf("\r%-18s [%s%s] %3d%%", table, "#".repeat(filled), ".".repeat(BAR_WIDTH - filled),
                total == 0 ? 100 : 100 * done / total);
        if (done >= total) {
            err.println();
        }
        err.flush();
    }
}
