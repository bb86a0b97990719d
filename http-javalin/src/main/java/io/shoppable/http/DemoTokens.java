package io.shoppable.http;

import io.shoppable.domain.user.Viewer;

/** Issues a bearer token for a demo user; handed to the server only in demo mode. */
@FunctionalInterface
public interface DemoTokens {

    /** A token that the server's authenticator accepts for {@code member}. */
    String issue(Viewer.Member member);
}
