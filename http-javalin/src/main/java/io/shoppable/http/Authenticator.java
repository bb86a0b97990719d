package io.shoppable.http;

import io.shoppable.domain.user.Viewer;

import java.util.Optional;

/**
 * Reads who a request comes from. The service ships {@link JwtAuthenticator}; a host marketplace
 * that embeds the API can plug in its own scheme.
 */
public interface Authenticator {

    /**
     * The member named by the request's {@code Authorization} header value.
     *
     * @param authorization the header's value, or null when the request has none
     * @return the member, or empty when the request carries no credentials at all
     * @throws Unauthorized when credentials are present but malformed, badly signed or expired
     */
    Optional<Viewer.Member> authenticate(String authorization);
}
