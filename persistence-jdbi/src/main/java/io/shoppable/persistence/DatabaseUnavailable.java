package io.shoppable.persistence;

import io.shoppable.domain.shared.Unavailable;

/**
 * The database cannot be reached, started or migrated. The message is one human sentence that says
 * what was tried and why it failed; callers show it as it is (a CLI exit message, a 503 health check).
 */
public final class DatabaseUnavailable extends RuntimeException implements Unavailable {

    public DatabaseUnavailable(String message) {
        super(message);
    }

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
