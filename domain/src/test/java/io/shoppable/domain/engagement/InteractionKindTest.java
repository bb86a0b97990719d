package io.shoppable.domain.engagement;

import io.shoppable.domain.content.VideoId;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class InteractionKindTest {

    @Test
    void kinds_go_by_their_snake_case_wire_names() {
        assertThat(InteractionKind.ADD_TO_CART_FROM_VIDEO.wireName()).isEqualTo("add_to_cart_from_video");
        assertThat(InteractionKind.fromWire("watch_time")).isEqualTo(InteractionKind.WATCH_TIME);
        assertThat(InteractionKind.fromWire("view")).isEqualTo(InteractionKind.VIEW);
    }

    @Test
    void unknown_or_differently_spelt_names_are_invalid_on_event_type() {
        assertInvalid("event_type", () -> InteractionKind.fromWire("WATCH_TIME"));
        assertInvalid("event_type", () -> InteractionKind.fromWire("like"));
        assertInvalid("event_type", () -> InteractionKind.fromWire(null));
    }

    @Test
    void clients_may_send_only_the_trackable_kinds() {
        assertThat(InteractionKind.trackableFromWire("cta_click")).isEqualTo(InteractionKind.CTA_CLICK);
        assertThat(InteractionKind.trackableFromWire("scroll_pause")).isEqualTo(InteractionKind.SCROLL_PAUSE);
        assertThat(InteractionKind.trackableFromWire("product_view")).isEqualTo(InteractionKind.PRODUCT_VIEW);
        assertInvalid("event_type", () -> InteractionKind.trackableFromWire("view"));
        assertInvalid("event_type", () -> InteractionKind.trackableFromWire("add_to_cart_from_video"));
    }

    @Test
    void a_watch_time_event_carries_a_watch_time_and_no_other_kind_does() {
        var at = Instant.parse("2026-11-24T12:00:00Z");
        var video = new VideoId(1);

        assertThat(new NewInteraction(Optional.empty(), "s", video, Optional.empty(), InteractionKind.WATCH_TIME,
                Optional.of(new WatchTime(3)), ExtraData.empty(), at).watchTime()).contains(new WatchTime(3));
        assertInvalid("dwell_time", () -> new NewInteraction(Optional.empty(), "s", video, Optional.empty(),
                InteractionKind.WATCH_TIME, Optional.empty(), ExtraData.empty(), at));
        assertInvalid("dwell_time", () -> new NewInteraction(Optional.empty(), "s", video, Optional.empty(),
                InteractionKind.CTA_CLICK, Optional.of(new WatchTime(3)), ExtraData.empty(), at));
    }
}
