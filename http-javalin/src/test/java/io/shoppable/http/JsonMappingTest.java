package io.shoppable.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonMappingTest {

    private final ObjectMapper json = JsonMapping.objectMapper();

    record Sample(long likesCount, boolean isLiked, BigDecimal price, Instant createdAt) {
    }

    record Body(Long productId, Long quantity) {
    }

    @Test
    void writes_snake_case_keys_two_decimal_prices_and_iso_utc_timestamps() throws JsonProcessingException {
        var text = json.writeValueAsString(new Sample(3, true, new BigDecimal("10.00"),
                Instant.parse("2026-11-24T20:17:14Z")));

        assertThat(text).isEqualTo(
                "{\"likes_count\":3,\"is_liked\":true,\"price\":10.00,\"created_at\":\"2026-11-24T20:17:14Z\"}");
    }

    @Test
    void reads_snake_case_and_ignores_unknown_fields() throws JsonProcessingException {
        var body = json.readValue("{\"product_id\":7,\"quantity\":2,\"likes_count\":999}", Body.class);

        assertThat(body).isEqualTo(new Body(7L, 2L));
    }

    @Test
    void never_coerces_a_string_into_a_number() {
        assertThatThrownBy(() -> json.readValue("{\"quantity\":\"2\"}", Body.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
