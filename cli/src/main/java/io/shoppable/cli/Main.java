package io.shoppable.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The runnable jar's entry point: {@code java -jar shoppable-videos.jar <command> [options]}. */
@Command(name = "shoppable-videos",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Shoppable Videos: a feed of short shoppable videos with a recommendation engine.",
        subcommands = {ServeCommand.class, MigrateCommand.class, LoadVideoCategoriesCommand.class, TokenCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
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
