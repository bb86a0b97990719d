package io.shoppable.domain.shared;

/**
 * A business rule was broken. The family is closed: every adapter maps these four outcomes once
 * (the HTTP adapter to status codes, the CLI to exit messages), and nothing else escapes the core.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Forbidden, Invalid, Conflict {

    protected DomainException(String message) {
        super(message);
    }
}
