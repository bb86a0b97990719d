package io.shoppable.domain.creator;

import io.shoppable.domain.user.Viewer;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.MutableClock;
import io.shoppable.testing.Ports;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertConflict;
import static io.shoppable.testing.DomainAssertions.assertForbidden;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

class CreatorServiceTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final MutableClock clock = MutableClock.atT0();
    private final CreatorService service = new CreatorService(ports.creators(), ports.tx(), clock);

    @Test
    void a_members_first_profile_takes_the_handle_and_name_from_the_username() {
        var alice = Given.asMember(given.aUser("Alice"));
        clock.advance(Duration.ofMinutes(5));

        var profile = service.ensureProfile(alice);

        assertThat(profile.user()).isEqualTo(alice.id());
        assertThat(profile.handle()).isEqualTo(new Handle("alice"));
        assertThat(profile.details().displayName()).isEqualTo("Alice");
        assertThat(profile.createdAt()).isEqualTo(MutableClock.T0.plus(Duration.ofMinutes(5)));
        assertThat(profile.verified()).isFalse();
    }

    @Test
    void ensuring_a_profile_again_returns_the_existing_one() {
        var alice = Given.asMember(given.aUser("alice"));
        var first = service.ensureProfile(alice);

        assertThat(service.ensureProfile(alice)).isEqualTo(first);
    }

    @Test
    void a_taken_handle_gets_the_next_free_numbered_variant() {
        var first = Given.asMember(given.aUser("alice"));
        var second = Given.asMember(given.aUser("Alice"));
        var third = Given.asMember(given.aUser("ALICE"));

        assertThat(service.ensureProfile(first).handle()).isEqualTo(new Handle("alice"));
        assertThat(service.ensureProfile(second).handle()).isEqualTo(new Handle("alice_2"));
        assertThat(service.ensureProfile(third).handle()).isEqualTo(new Handle("alice_3"));
    }

    @Test
    void a_variant_skips_numbers_already_taken() {
        var owner = given.aUser("someone");
        ports.creators().create(owner.id(), CreatorDetails.initial(new Handle("bob_2"), "Bob"), MutableClock.T0);
        var bob = Given.asMember(given.aUser("bob"));
        var otherBob = Given.asMember(given.aUser("Bob"));

        service.ensureProfile(bob);

        assertThat(service.ensureProfile(otherBob).handle()).isEqualTo(new Handle("bob_3"));
    }

    @Test
    void usernames_that_are_not_handles_are_turned_into_one() {
        var member = Given.asMember(given.aUser("José María"));

        assertThat(service.ensureProfile(member).handle()).isEqualTo(new Handle("jose_maria"));
    }

    @Test
    void require_finds_a_profile_and_an_unknown_one_is_not_found() {
        var profile = service.ensureProfile(Given.asMember(given.aUser("alice")));

        assertThat(service.require(profile.id())).isEqualTo(profile);
        assertNotFound(() -> service.require(new CreatorId(999)));
    }

    @Test
    void the_owner_updates_their_profile() {
        var alice = Given.asMember(given.aUser("alice"));
        var profile = service.ensureProfile(alice);
        var details = new CreatorDetails(new Handle("alice.shop"), "Alice's Shop", "Hats", Optional.empty(),
                Map.of(), Set.of());

        var updated = service.update(alice, profile.id(), details);

        assertThat(updated.details()).isEqualTo(details);
        assertThat(service.require(profile.id()).handle()).isEqualTo(new Handle("alice.shop"));
    }

    @Test
    void an_admin_may_update_any_profile() {
        var profile = service.ensureProfile(Given.asMember(given.aUser("alice")));
        var admin = Given.asMember(given.anAdmin());

        var updated = service.update(admin, profile.id(), CreatorDetails.initial(new Handle("alice"), "Renamed"));

        assertThat(updated.details().displayName()).isEqualTo("Renamed");
    }

    @Test
    void others_may_not_update_a_profile() {
        var profile = service.ensureProfile(Given.asMember(given.aUser("alice")));
        var bob = Given.asMember(given.aUser("bob"));
        var details = CreatorDetails.initial(new Handle("mallory"), "Mallory");

        assertForbidden(() -> service.update(bob, profile.id(), details));
        assertForbidden(() -> service.update(new Viewer.Anonymous("s"), profile.id(), details));
        assertThat(service.require(profile.id())).isEqualTo(profile);
    }

    @Test
    void updating_to_a_taken_handle_is_a_conflict() {
        service.ensureProfile(Given.asMember(given.aUser("bob")));
        var alice = Given.asMember(given.aUser("alice"));
        var profile = service.ensureProfile(alice);

        assertConflict("handle_taken", () -> service.update(alice, profile.id(),
                CreatorDetails.initial(new Handle("bob"), "Alice")));
    }

    @Test
    void updating_an_unknown_profile_is_not_found() {
        var admin = Given.asMember(given.anAdmin());

        assertNotFound(() -> service.update(admin, new CreatorId(999), CreatorDetails.initial(new Handle("x1"), "X")));
    }

    @Test
    void a_member_creates_one_profile_and_a_second_is_a_conflict() {
        var alice = Given.asMember(given.aUser("alice"));

        var profile = service.create(alice, CreatorDetails.initial(new Handle("alice_shop"), "Alice's shop"));

        assertThat(profile.handle()).isEqualTo(new Handle("alice_shop"));
        assertConflict("creator_exists",
                () -> service.create(alice, CreatorDetails.initial(new Handle("alice_two"), "Again")));
    }

    @Test
    void only_an_admin_sets_the_verified_badge() {
        var owner = given.aUser("owner");
        var profile = given.aCreator(owner);
        var admin = Given.asMember(given.anAdmin());

        assertForbidden(() -> service.update(Given.asMember(owner), profile.id(), profile.details(),
                Optional.of(true)));
        assertThat(service.update(admin, profile.id(), profile.details(), Optional.of(true)).verified()).isTrue();
    }
}
