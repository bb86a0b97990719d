package io.shoppable.api;

import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Tests that stop the embedded test database; an external one (SHOPVID_TEST_DB_URL) is not ours to stop. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfEnvironmentVariable(named = "SHOPVID_TEST_DB_URL", matches = ".+",
        disabledReason = "an external test database cannot be stopped from the tests")
@interface DisabledWithExternalTestDatabase {
}
