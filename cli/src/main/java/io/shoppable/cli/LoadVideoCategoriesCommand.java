package io.shoppable.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code load-video-categories}: inserts or updates, by name, the ten default video categories. */
@Command(name = "load-video-categories", mixinStandardHelpOptions = true,
        description = "Insert or update, by name, the ten default video categories.")
final class LoadVideoCategoriesCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var result = database.withServices(services -> services.categories().loadDefaults());
        spec.commandLine().getOut().printf("Successfully processed categories: %d created, %d updated.%n",
                result.created(), result.updated());
        return 0;
    }
}
