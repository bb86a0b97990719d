package io.shoppable.testing;

import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One-line checks for the four domain outcomes, naming the field or code a client would see. */
public final class DomainAssertions {

    private DomainAssertions() {
    }

    /** {@code call} throws {@link Invalid} with a message for {@code field}. */
    public static void assertInvalid(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Invalid.class,
                invalid -> assertThat(invalid.fields()).containsKey(field));
    }

    /** {@code call} throws {@link Conflict} with {@code code}. */
    public static void assertConflict(String code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Conflict.class,
                conflict -> assertThat(conflict.code()).isEqualTo(code));
    }

    /** {@code call} throws {@link NotFound}. */
    public static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFound.class);
    }

    /** {@code call} throws {@link Forbidden}. */
    public static void assertForbidden(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(Forbidden.class);
    }
}
