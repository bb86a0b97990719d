package io.shoppable.cli;

import io.shoppable.persistence.Database;
import io.shoppable.recommendation.evaluation.EvaluationRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code evaluate}: the offline evaluation of the feed on a seeded synthetic marketplace, in a throw-away
 * embedded PostgreSQL; prints a Markdown table (docs/evaluation.md).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure the feed on a seeded synthetic marketplace against random, most-popular and newest.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--users", defaultValue = "500", description = "Shoppers to generate (default ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sessions", defaultValue = "30",
            description = "Shoppers whose feed is followed for 10 pages (default ${DEFAULT-VALUE}).")
    int sessions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (users < 1 || sessions < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--users must be positive and --sessions not negative");
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var dir = Files.createTempDirectory("shoppable-evaluate");
        long started = System.nanoTime();
        try (var db = Database.embedded(dir)) {
            db.migrate();
            var bar = new ProgressBar(err, "loading marketplace");
            var rows = MarketplaceEvaluation.run(db.jdbi(), users, seed, Math.min(sessions, users), bar);
            bar.done();
            out.printf("Offline evaluation: %d shoppers, seed %d, %d held-out engagements each.%n%n", users, seed,
                    MarketplaceEvaluation.HELD_OUT);
            out.println(EvaluationRow.HEADER);
            out.println(EvaluationRow.RULE);
            rows.forEach(row -> out.println(row.line()));
            out.printf("%nTook %s.%n", Duration.ofNanos(System.nanoTime() - started).withNanos(0));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        return 0;
    }
}
