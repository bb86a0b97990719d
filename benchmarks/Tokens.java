import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.domain.user.Viewer;
import io.shoppable.http.JwtAuthenticator;

import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Prints bearer tokens for random demo members with ids FROM to TO (inclusive), one per line, for the wrk
 * scripts: {@code java -cp cli/target/shoppable-videos.jar benchmarks/Tokens.java SECRET COUNT FROM TO}.
 * Run as a single-file source program against the service jar; not part of the build.
 */
public final class Tokens {

    public static void main(String[] args) {
        var tokens = new JwtAuthenticator(args[0], Clock.systemUTC());
        int count = Integer.parseInt(args[1]);
        int from = Integer.parseInt(args[2]);
        int to = Integer.parseInt(args[3]);
        var random = new SplittableRandom(7);
        for (int i = 0; i < count; i++) {
            long id = from + random.nextInt(to - from + 1);
            System.out.println(tokens.issue(new Viewer.Member(new UserId(id), new Username("demo_user_" + id), false),
                    Duration.ofHours(6)));
        }
    }
}
