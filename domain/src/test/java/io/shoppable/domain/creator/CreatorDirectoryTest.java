package io.shoppable.domain.creator;

import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.Username;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.MutableClock;
import io.shoppable.testing.Ports;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

class CreatorDirectoryTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final MutableClock clock = MutableClock.atT0();
    private final CreatorDirectory directory = new CreatorDirectory(ports.creators(), ports.users(),
            TrendingConfig.defaults(), clock);

    @Test
    void search_results_carry_their_usernames() {
        var profile = given.aCreator(given.aUser("alice"));

        var page = directory.search(CreatorSearch.everyone(), PageRequest.firstPage());

        assertThat(page.items()).containsExactly(new CreatorCard(profile, new Username("alice")));
        assertThat(directory.require(profile.id()).username()).isEqualTo(new Username("alice"));
        assertNotFound(() -> directory.require(new CreatorId(999)));
    }

    @Test
    void trending_counts_only_follows_inside_the_window_ending_now() {
        var steady = given.aCreator(given.aUser("steady"));
        var rising = given.aCreator(given.aUser("rising"));
        for (int i = 0; i < 3; i++) {
            ports.follows().toggle(given.aUser().id(), steady.user(), MutableClock.T0);
        }
        clock.advance(Duration.ofDays(10));
        ports.follows().toggle(given.aUser().id(), rising.user(), clock.instant());

        // steady: ln 4 = 1.39 (its follows are 10 days old); rising: ln 2 + 5 * 1/1 = 5.69
        assertThat(directory.trending()).extracting(card -> card.profile().id())
                .containsExactly(rising.id(), steady.id());
    }
}
