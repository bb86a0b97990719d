package io.shoppable.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import io.shoppable.domain.shared.DomainException;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Bearer tokens signed with HS256 by the host marketplace: {@code sub} is the user id (a positive
 * integer as a string), {@code username} the login name, {@code admin} an optional boolean and
 * {@code exp} the expiry. The same class issues tokens for local use (the {@code token} command).
 */
public final class JwtAuthenticator implements Authenticator {

    private static final String BEARER = "Bearer ";

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Clock clock;

    public JwtAuthenticator(String secret, Clock clock) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a JWT secret is required");
        }
        this.algorithm = Algorithm.HMAC256(secret);
        this.clock = clock;
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm).withClaimPresence("sub")
                .withClaimPresence("exp").withClaimPresence("username")).build(clock);
    }

    @Override
    public Optional<Viewer.Member> authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new Unauthorized("The Authorization header must be 'Bearer <token>'");
        }
        var token = authorization.substring(BEARER.length()).strip();
        try {
            var jwt = verifier.verify(token);
            var id = new UserId(Long.parseLong(jwt.getSubject()));
            var username = new Username(jwt.getClaim("username").asString());
            var admin = Boolean.TRUE.equals(jwt.getClaim("admin").asBoolean());
            return Optional.of(new Viewer.Member(id, username, admin));
        } catch (TokenExpiredException e) {
            throw new Unauthorized("The token has expired");
        } catch (JWTVerificationException | NumberFormatException | DomainException e) {
            throw new Unauthorized("The token is not valid");
        }
    }

    /** A token for {@code member}, valid for {@code ttl} from now. */
    public String issue(Viewer.Member member, Duration ttl) {
        var now = clock.instant();
        return JWT.create()
                .withSubject(Long.toString(member.id().value()))
                .withClaim("username", member.username().value())
                .withClaim("admin", member.admin())
                .withIssuedAt(now)
                .withExpiresAt(now.plus(ttl))
                .sign(algorithm);
    }
}
