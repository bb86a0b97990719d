package io.shoppable.domain.shared;

/**
 * Marks a failure of an adapter whose backing service (the database, a host's catalog) cannot be
 * reached right now. It is no broken business rule: the same request may succeed later, so the HTTP
 * adapter answers 503 and the CLI exits with its "unavailable" code.
 */
public interface Unavailable {
}
