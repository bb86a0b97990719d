package io.shoppable.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code recompute-trends}: recomputes every video's trend score from recent engagement. */
@Command(name = "recompute-trends", mixinStandardHelpOptions = true,
        description = "Recompute every video's trend score from recent engagement.")
final class RecomputeTrendsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var summary = database.withServices(services -> services.trends().recompute());
        spec.commandLine().getOut().printf("Trend scores recomputed: %d videos trending, %d scores changed.%n",
                summary.trending(), summary.changed());
        return 0;
    }
}
