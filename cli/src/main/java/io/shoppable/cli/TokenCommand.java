package io.shoppable.cli;

import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.domain.user.Viewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code token}: prints a bearer token signed with the service's secret, for local use and tests. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print a bearer token (HS256 JWT) for a user, signed with the service's secret.")
final class TokenCommand implements Callable<Integer> {

    @Option(names = "--user-id", required = true, paramLabel = "ID", description = "The user's id (positive).")
    long userId;

    @Option(names = "--username", required = true, paramLabel = "NAME", description = "The user's login name.")
    String username;

    @Option(names = "--admin", description = "Mark the user as an administrator.")
    boolean admin;

    @Option(names = "--ttl", defaultValue = "3600", paramLabel = "SECONDS",
            description = "How long the token is valid, in seconds (default: ${DEFAULT-VALUE}).")
    long ttlSeconds;

    @Mixin
    JwtOptions jwt;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (ttlSeconds <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--ttl must be positive");
        }
        var member = new Viewer.Member(new UserId(userId), new Username(username), admin);
        var token = jwt.authenticator(Clock.systemUTC()).issue(member, Duration.ofSeconds(ttlSeconds));
        spec.commandLine().getOut().println(token);
        return 0;
    }
}
