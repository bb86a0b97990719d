package io.shoppable.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The runnable jar's entry point: {@code java -jar shoppable-videos.jar <command> [options]}. */
@Command(name = "shoppable-videos",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Shoppable Videos: a feed of short shoppable videos with a recommendation engine.",
        subcommands = {ServeCommand.class, MigrateCommand.class, LoadVideoCategoriesCommand.class, TokenCommand.class,
                RecomputeTrendsCommand.class, EvaluateCommand.class, SeedDemoCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        // Liquibase logs through java.util.logging; route it into our log, where logback.xml quiets it.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new FailureHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"shoppable-videos " + (version == null ? "development build" : version)};
        }
    }
}
