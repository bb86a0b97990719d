package io.shoppable.persistence.engagement;

import java.time.Instant;
import java.util.Optional;

import io.shoppable.domain.engagement.ExtraData;
import io.shoppable.domain.engagement.InteractionKind;
import io.shoppable.domain.engagement.NewInteraction;
import io.shoppable.domain.engagement.WatchTime;
import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.EngagementRepositoryContract;
import io.shoppable.testing.Given;
import io.shoppable.testing.Ports;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.MutableClock.T0;
import static org.assertj.core.api.Assertions.assertThat;

class JdbiEngagementRepositoryTest extends EngagementRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }

    @Test
    void extra_data_and_watch_time_read_back_as_stored_json_and_seconds() {
        var ports = JdbiPorts.fresh();
        var given = new Given(ports);
        var alice = given.aUser();
        var video = given.aVideo().create();

        ports.engagement().record(new NewInteraction(Optional.of(alice.id()), "user:1", video.id(), Optional.empty(),
                InteractionKind.WATCH_TIME, Optional.of(new WatchTime(12.5)),
                new ExtraData("{\"source\":\"feed\",\"position\":3}"), T0));

        var event = ports.engagement().recentByUser(alice.id(), Instant.EPOCH, 10).get(0).event();
        // jsonb keeps the object, not the client's spacing.
        assertThat(event.extra().json()).isEqualTo("{\"source\": \"feed\", \"position\": 3}");
        assertThat(event.watchTime()).contains(new WatchTime(12.5));
    }

    @Test
    void extra_data_that_is_not_json_is_invalid_on_extra_data() {
        var ports = JdbiPorts.fresh();
        var video = new Given(ports).aVideo().create();

        assertInvalid("extra_data", () -> ports.engagement().record(new NewInteraction(Optional.empty(), "session-1",
                video.id(), Optional.empty(), InteractionKind.CTA_CLICK, Optional.empty(), new ExtraData("{oops"),
                T0)));
    }
}
