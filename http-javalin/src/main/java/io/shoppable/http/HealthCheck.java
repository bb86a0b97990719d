package io.shoppable.http;

/** Tells whether the service's dependencies answer. */
@FunctionalInterface
public interface HealthCheck {

    /** True when the database answers a trivial query within a short time. */
    boolean databaseIsUp();
}
