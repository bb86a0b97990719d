package io.shoppable.domain.shared;

import io.shoppable.domain.content.ContentType;
import io.shoppable.domain.product.Price;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.MutableClock;
import io.shoppable.testing.Ports;
import io.shoppable.testing.SeededRandomSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The test kit's helpers do what their names say, so that failures elsewhere point at real bugs. */
class TestKitTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);

    @Test
    void the_mutable_clock_stands_still_until_set_or_advanced() {
        var clock = MutableClock.atT0();

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
        assertThat(clock.advance(Duration.ofSeconds(90))).isEqualTo(Instant.parse("2026-11-24T12:01:30Z"));
        clock.set(Instant.parse("2027-01-01T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void one_seed_always_gives_the_same_numbers() {
        var random = new SeededRandomSource();

        assertThat(random.seeded(42).ints(5).boxed().toList()).isEqualTo(random.seeded(42).ints(5).boxed().toList());
        assertThat(random.seeded(42).nextLong()).isNotEqualTo(random.seeded(43).nextLong());
    }

    @Test
    void fixtures_get_unique_defaults_and_are_stored() {
        var first = given.aUser();
        var second = given.aUser();

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(ports.users().findById(first.id())).contains(first);
        assertThat(given.aCategory().name()).isNotEqualTo(given.aCategory().name());
        assertThat(given.anAdmin().admin()).isTrue();
    }

    @Test
    void a_video_builder_writes_what_it_was_told() {
        var owner = given.aUser("alice");
        var category = given.aCategory("Fashion");
        var product = given.aProduct().by(owner).priced("49.99").withStock(3).create();
        var extra = given.aProduct(owner);

        var video = given.aVideo().by(owner).in(category).selling(product).alsoSelling(extra)
                .taggedWith("summer", "hats").image().create();

        assertThat(video.owner()).isEqualTo(owner.id());
        assertThat(video.details().category()).isEqualTo(category.id());
        assertThat(video.details().allProducts()).containsExactly(product.id(), extra.id());
        assertThat(video.details().tags().values()).isEqualTo(List.of("summer", "hats"));
        assertThat(video.contentType()).isEqualTo(ContentType.IMAGE);
        assertThat(product.price()).isEqualTo(Price.of("49.99"));
        assertThat(product.stock()).isEqualTo(3);
        assertThat(ports.videos().findById(video.id())).contains(video);
    }

    @Test
    void a_creator_fixture_belongs_to_its_user() {
        var alice = given.aUser();

        assertThat(given.aCreator(alice).user()).isEqualTo(alice.id());
    }
}
