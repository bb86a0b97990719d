package io.shoppable.domain.engagement;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class ExtraDataTest {

    @Test
    void extra_data_is_a_json_object() {
        assertThat(new ExtraData("{\"source\":\"feed\"}").json()).isEqualTo("{\"source\":\"feed\"}");
        assertThat(ExtraData.empty().json()).isEqualTo("{}");
        assertInvalid("extra_data", () -> new ExtraData("[1, 2]"));
        assertInvalid("extra_data", () -> new ExtraData(" "));
        assertInvalid("extra_data", () -> new ExtraData(null));
    }

    @Test
    void extra_data_has_at_most_4096_bytes_of_utf8() {
        var fits = "{\"a\":\"" + "x".repeat(4_096 - 8) + "\"}";
        var tooLong = "{\"a\":\"" + "é".repeat(2_045) + "\"}";

        assertThat(new ExtraData(fits).json()).hasSize(4_096);
        assertInvalid("extra_data", () -> new ExtraData(tooLong));
    }
}
