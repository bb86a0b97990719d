package io.shoppable.http;

/** The request needs a user and carries no valid credentials: answered with 401. */
public final class Unauthorized extends RuntimeException {

    public Unauthorized(String message) {
        super(message);
    }
}
