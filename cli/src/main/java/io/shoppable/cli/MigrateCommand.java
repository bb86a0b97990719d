package io.shoppable.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code migrate}: applies the database changelog and exits. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Apply the database migrations (Liquibase changelog).")
final class MigrateCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var db = database.openMigrated()) {
            spec.commandLine().getOut().println("Database is up to date.");
        }
        return 0;
    }
}
