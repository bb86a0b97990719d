package io.shoppable.domain.social;

import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.User;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Viewer;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.MutableClock;
import io.shoppable.testing.Ports;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

class FollowServiceTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final MutableClock clock = MutableClock.atT0();
    private final FollowService service = new FollowService(ports.users(), ports.follows(), ports.creators(),
            ports.tx(), clock);

    private final User creator = given.aUser("creator");
    private final Viewer.Member alice = Given.asMember(given.aUser("alice"));
    private final Viewer.Member bob = Given.asMember(given.aUser("bob"));

    @Test
    void toggling_follows_then_unfollows_and_counts_the_followers() {
        assertThat(service.toggleFollow(alice, creator.id())).isEqualTo(new FollowState(true, 1));
        assertThat(service.toggleFollow(bob, creator.id())).isEqualTo(new FollowState(true, 2));
        assertThat(service.toggleFollow(alice, creator.id())).isEqualTo(new FollowState(false, 1));
    }

    @Test
    void following_moves_the_creators_follower_count() {
        var profile = given.aCreator(creator);

        service.toggleFollow(alice, creator.id());

        assertThat(ports.creators().findById(profile.id()).orElseThrow().followerCount()).isEqualTo(1);
    }

    @Test
    void following_yourself_is_invalid_on_following_id() {
        assertInvalid("following_id", () -> service.toggleFollow(alice, alice.id()));
    }

    @Test
    void following_an_unknown_user_is_not_found() {
        assertNotFound(() -> service.toggleFollow(alice, new UserId(999)));
    }

    @Test
    void followers_are_listed_newest_follow_first() {
        service.toggleFollow(alice, creator.id());
        var later = clock.advance(Duration.ofMinutes(1));
        service.toggleFollow(bob, creator.id());

        var page = service.followers(creator.id(), PageRequest.firstPage());

        assertThat(page.items()).containsExactly(new Follow(bob.id(), creator.id(), later),
                new Follow(alice.id(), creator.id(), MutableClock.T0));
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void following_lists_whom_a_user_follows_newest_first() {
        service.toggleFollow(alice, creator.id());
        var later = clock.advance(Duration.ofMinutes(1));
        service.toggleFollow(alice, bob.id());

        assertThat(service.following(alice.id(), PageRequest.firstPage()).items()).containsExactly(
                new Follow(alice.id(), bob.id(), later), new Follow(alice.id(), creator.id(), MutableClock.T0));
    }

    @Test
    void listing_for_an_unknown_user_is_not_found() {
        assertNotFound(() -> service.followers(new UserId(999), PageRequest.firstPage()));
        assertNotFound(() -> service.following(new UserId(999), PageRequest.firstPage()));
    }

    @Test
    void following_a_creator_answers_the_profiles_new_follower_count() {
        var profile = given.aCreator(creator);

        assertThat(service.toggleCreatorFollow(alice, profile.id())).isEqualTo(new FollowState(true, 1));
        assertThat(service.toggleCreatorFollow(bob, profile.id())).isEqualTo(new FollowState(true, 2));
        assertThat(service.toggleCreatorFollow(alice, profile.id())).isEqualTo(new FollowState(false, 1));
        assertThat(service.creatorFollowers(profile.id(), PageRequest.firstPage()).items())
                .extracting(Follow::follower).containsExactly(bob.id());
    }

    @Test
    void following_your_own_creator_profile_is_invalid() {
        var own = given.aCreator(ports.users().findById(alice.id()).orElseThrow());

        assertInvalid("creator", () -> service.toggleCreatorFollow(alice, own.id()));
    }

    @Test
    void following_an_unknown_creator_is_not_found() {
        assertNotFound(() -> service.toggleCreatorFollow(alice, new io.shoppable.domain.creator.CreatorId(999)));
    }
}
