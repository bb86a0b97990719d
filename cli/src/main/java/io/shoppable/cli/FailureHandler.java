package io.shoppable.cli;

import io.shoppable.domain.shared.DomainException;
import io.shoppable.domain.shared.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns a command's failure into one clear line on stderr and a non-zero exit code. Expected
 * failures (database unreachable, bad input) never print a stack trace; a bug does, in the log.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    static final int DATABASE_UNAVAILABLE = 3;
    static final int REJECTED = 2;
    static final int BUG = 1;

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (failure instanceof Unavailable) {
            err.println("error: " + failure.getMessage());
            return DATABASE_UNAVAILABLE;
        }
        if (failure instanceof DomainException) {
            err.println("error: " + failure.getMessage());
            return REJECTED;
        }
        LOG.error("{} failed unexpectedly", commandLine.getCommandName(), failure);
        err.println("error: " + commandLine.getCommandName() + " failed unexpectedly: " + failure
                + " (details in the log above)");
        return BUG;
    }
}
