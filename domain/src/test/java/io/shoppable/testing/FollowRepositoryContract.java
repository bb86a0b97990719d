package io.shoppable.testing;

import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.Follow;
import io.shoppable.domain.social.FollowRepository;
import io.shoppable.domain.user.UserId;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link FollowRepository} promises. */
public abstract class FollowRepositoryContract {

    private static final Instant T0 = MutableClock.T0;

    private Ports ports;
    private FollowRepository follows;
    private Given given;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    @BeforeEach
    void setUpFollowContract() {
        ports = ports();
        follows = ports.follows();
        given = new Given(ports);
    }

    @Test
    public void toggle_follows_then_unfollows() {
        var alice = given.aUser();
        var bob = given.aUser();

        assertThat(follows.toggle(alice.id(), bob.id(), T0)).isTrue();
        assertThat(follows.isFollowing(alice.id(), bob.id())).isTrue();
        assertThat(follows.isFollowing(bob.id(), alice.id())).isFalse();

        assertThat(follows.toggle(alice.id(), bob.id(), T0.plusSeconds(1))).isFalse();
        assertThat(follows.isFollowing(alice.id(), bob.id())).isFalse();
    }

    @Test
    public void simultaneous_toggles_of_one_follow_each_flip_it_once() {
        var alice = given.aUser();
        var bob = given.aUser();

        var states = Simultaneously.run(8, 101, i -> follows.toggle(alice.id(), bob.id(), T0));

        long followed = states.stream().filter(Boolean::booleanValue).count();
        assertThat(followed).isEqualTo(states.size() - followed + 1);
        assertThat(follows.isFollowing(alice.id(), bob.id())).isTrue();
        assertThat(follows.followersOf(bob.id(), PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    public void following_yourself_is_invalid_on_following_id() {
        var alice = given.aUser();

        assertInvalid("following_id", () -> follows.toggle(alice.id(), alice.id(), T0));
    }

    @Test
    public void following_an_unknown_user_is_not_found() {
        var alice = given.aUser();

        assertNotFound(() -> follows.toggle(alice.id(), new UserId(999_999), T0));
    }

    @Test
    public void toggling_moves_the_followed_creators_follower_count() {
        var creator = given.aUser();
        var profile = given.aCreator(creator);
        var alice = given.aUser();
        var bob = given.aUser();

        follows.toggle(alice.id(), creator.id(), T0);
        follows.toggle(bob.id(), creator.id(), T0);
        assertThat(ports.creators().findById(profile.id()).orElseThrow().followerCount()).isEqualTo(2);

        follows.toggle(alice.id(), creator.id(), T0);
        assertThat(ports.creators().findById(profile.id()).orElseThrow().followerCount()).isEqualTo(1);
    }

    @Test
    public void a_user_without_a_creator_profile_can_be_followed() {
        var alice = given.aUser();
        var bob = given.aUser();

        assertThat(follows.toggle(alice.id(), bob.id(), T0)).isTrue();
        assertThat(ports.creators().findByUser(bob.id())).isEmpty();
    }

    @Test
    public void followers_of_lists_a_users_followers_newest_first_in_pages() {
        var star = given.aUser();
        var first = given.aUser();
        var second = given.aUser();
        var third = given.aUser();
        follows.toggle(second.id(), star.id(), T0.plusSeconds(10));
        follows.toggle(first.id(), star.id(), T0);
        follows.toggle(third.id(), star.id(), T0.plusSeconds(20));
        follows.toggle(star.id(), first.id(), T0.plusSeconds(30));

        var one = follows.followersOf(star.id(), new PageRequest(2, 0));
        var two = follows.followersOf(star.id(), new PageRequest(2, 2));

        assertThat(one.items()).containsExactly(new Follow(third.id(), star.id(), T0.plusSeconds(20)),
                new Follow(second.id(), star.id(), T0.plusSeconds(10)));
        assertThat(one.total()).isEqualTo(3);
        assertThat(one.hasNext()).isTrue();
        assertThat(two.items()).containsExactly(new Follow(first.id(), star.id(), T0));
        assertThat(two.hasNext()).isFalse();
    }

    @Test
    public void following_of_lists_whom_a_user_follows_newest_first() {
        var alice = given.aUser();
        var bob = given.aUser();
        var carol = given.aUser();
        follows.toggle(alice.id(), bob.id(), T0);
        follows.toggle(alice.id(), carol.id(), T0.plusSeconds(5));
        follows.toggle(bob.id(), carol.id(), T0.plusSeconds(9));

        var page = follows.followingOf(alice.id(), PageRequest.first(10));

        assertThat(page.items()).containsExactly(new Follow(alice.id(), carol.id(), T0.plusSeconds(5)),
                new Follow(alice.id(), bob.id(), T0));
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    public void an_unfollowed_user_leaves_the_lists() {
        var alice = given.aUser();
        var bob = given.aUser();
        follows.toggle(alice.id(), bob.id(), T0);
        follows.toggle(alice.id(), bob.id(), T0);

        assertThat(follows.followersOf(bob.id(), PageRequest.firstPage()).total()).isZero();
        assertThat(follows.followingOf(alice.id(), PageRequest.firstPage()).items()).isEmpty();
        assertThat(follows.allFollowedBy(alice.id())).isEmpty();
    }

    @Test
    public void all_followed_by_is_everyone_the_user_follows() {
        var alice = given.aUser();
        var bob = given.aUser();
        var carol = given.aUser();
        var dave = given.aUser();
        follows.toggle(alice.id(), bob.id(), T0);
        follows.toggle(alice.id(), carol.id(), T0);
        follows.toggle(dave.id(), alice.id(), T0);

        assertThat(follows.allFollowedBy(alice.id())).containsExactlyInAnyOrder(bob.id(), carol.id());
    }
}
