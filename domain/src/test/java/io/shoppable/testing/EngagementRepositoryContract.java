package io.shoppable.testing;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.engagement.EngagementRepository;
import io.shoppable.domain.engagement.ExtraData;
import io.shoppable.domain.engagement.InteractionKind;
import io.shoppable.domain.engagement.LikeState;
import io.shoppable.domain.engagement.NewInteraction;
import io.shoppable.domain.engagement.SaveState;
import io.shoppable.domain.engagement.WatchTime;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link EngagementRepository} promises. */
public abstract class EngagementRepositoryContract {

    private static final Instant T0 = MutableClock.T0;
    private static final VideoId UNKNOWN = new VideoId(999_999);

    private Ports ports;
    private EngagementRepository engagement;
    private Given given;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    @BeforeEach
    void setUpEngagementContract() {
        ports = ports();
        engagement = ports.engagement();
        given = new Given(ports);
    }

    private static NewInteraction event(UserId user, VideoId video, InteractionKind kind, Instant at) {
        return new NewInteraction(Optional.of(user), "user:" + user.value(), video, Optional.empty(), kind,
                Optional.empty(), ExtraData.empty(), at);
    }

    private long likesOf(VideoId video) {
        return ports.videos().findById(video).orElseThrow().stats().likes();
    }

    private long savesOf(VideoId video) {
        return ports.videos().findById(video).orElseThrow().stats().saves();
    }

    @Test
    public void toggling_a_like_likes_then_unlikes_and_moves_the_videos_like_count() {
        var alice = given.aUser();
        var video = given.aVideo().create();

        assertThat(engagement.toggleLike(alice.id(), video.id(), T0)).isEqualTo(new LikeState(true, 1));
        assertThat(likesOf(video.id())).isEqualTo(1);
        assertThat(engagement.toggleLike(alice.id(), video.id(), T0.plusSeconds(1)))
                .isEqualTo(new LikeState(false, 0));
        assertThat(likesOf(video.id())).isEqualTo(0);
    }

    @Test
    public void simultaneous_toggles_of_one_like_each_flip_it_once() {
        var alice = given.aUser();
        var video = given.aVideo().create();

        var states = Simultaneously.run(8, 101, i -> engagement.toggleLike(alice.id(), video.id(), T0));

        long likes = states.stream().filter(LikeState::liked).count();
        assertThat(likes).isEqualTo(states.size() - likes + 1);
        assertThat(engagement.likedAmong(alice.id(), List.of(video.id()))).containsExactly(video.id());
        assertThat(likesOf(video.id())).isEqualTo(1);
    }

    @Test
    public void likes_of_different_users_add_up() {
        var video = given.aVideo().create();
        engagement.toggleLike(given.aUser().id(), video.id(), T0);

        var state = engagement.toggleLike(given.aUser().id(), video.id(), T0);

        assertThat(state).isEqualTo(new LikeState(true, 2));
        assertThat(likesOf(video.id())).isEqualTo(2);
    }

    @Test
    public void toggling_a_like_on_an_unknown_video_is_not_found() {
        var alice = given.aUser();

        assertNotFound(() -> engagement.toggleLike(alice.id(), UNKNOWN, T0));
    }

    @Test
    public void toggling_a_save_saves_then_unsaves_and_moves_the_videos_save_count() {
        var alice = given.aUser();
        var video = given.aVideo().create();

        assertThat(engagement.toggleSave(alice.id(), video.id(), T0)).isEqualTo(new SaveState(true, 1));
        assertThat(savesOf(video.id())).isEqualTo(1);
        assertThat(likesOf(video.id())).isEqualTo(0);
        assertThat(engagement.toggleSave(alice.id(), video.id(), T0)).isEqualTo(new SaveState(false, 0));
        assertThat(savesOf(video.id())).isEqualTo(0);
    }

    @Test
    public void toggling_a_save_on_an_unknown_video_is_not_found() {
        var alice = given.aUser();

        assertNotFound(() -> engagement.toggleSave(alice.id(), UNKNOWN, T0));
    }

    @Test
    public void liked_among_returns_only_the_asked_videos_the_user_likes() {
        var alice = given.aUser();
        var bob = given.aUser();
        var liked = given.aVideo().create();
        var likedNotAsked = given.aVideo().create();
        var likedByBob = given.aVideo().create();
        engagement.toggleLike(alice.id(), liked.id(), T0);
        engagement.toggleLike(alice.id(), likedNotAsked.id(), T0);
        engagement.toggleLike(bob.id(), likedByBob.id(), T0);
        engagement.toggleSave(alice.id(), likedByBob.id(), T0);

        var found = engagement.likedAmong(alice.id(), List.of(liked.id(), likedByBob.id(), UNKNOWN));

        assertThat(found).containsExactly(liked.id());
    }

    @Test
    public void saved_among_returns_only_the_asked_videos_the_user_saved() {
        var alice = given.aUser();
        var saved = given.aVideo().create();
        var savedNotAsked = given.aVideo().create();
        var onlyLiked = given.aVideo().create();
        engagement.toggleSave(alice.id(), saved.id(), T0);
        engagement.toggleSave(alice.id(), savedNotAsked.id(), T0);
        engagement.toggleLike(alice.id(), onlyLiked.id(), T0);

        var found = engagement.savedAmong(alice.id(), List.of(saved.id(), onlyLiked.id(), UNKNOWN));

        assertThat(found).containsExactly(saved.id());
    }

    @Test
    public void marks_among_tell_the_asked_videos_the_user_likes_and_saved_apart() {
        var alice = given.aUser();
        var bob = given.aUser();
        var liked = given.aVideo().create();
        var both = given.aVideo().create();
        var notAsked = given.aVideo().create();
        engagement.toggleLike(alice.id(), liked.id(), T0);
        engagement.toggleLike(alice.id(), both.id(), T0);
        engagement.toggleSave(alice.id(), both.id(), T0);
        engagement.toggleSave(alice.id(), notAsked.id(), T0);
        engagement.toggleSave(bob.id(), liked.id(), T0);

        var marks = engagement.marksAmong(alice.id(), List.of(liked.id(), both.id(), UNKNOWN));

        assertThat(marks.liked()).containsExactlyInAnyOrder(liked.id(), both.id());
        assertThat(marks.saved()).containsExactly(both.id());
        assertThat(engagement.marksAmong(alice.id(), List.of())).isEqualTo(EngagementRepository.Marks.none());
    }

    @Test
    public void unliked_and_unsaved_videos_are_not_among_the_liked_or_saved_ones() {
        var alice = given.aUser();
        var video = given.aVideo().create();
        engagement.toggleLike(alice.id(), video.id(), T0);
        engagement.toggleLike(alice.id(), video.id(), T0);
        engagement.toggleSave(alice.id(), video.id(), T0);
        engagement.toggleSave(alice.id(), video.id(), T0);

        assertThat(engagement.likedAmong(alice.id(), List.of(video.id()))).isEmpty();
        assertThat(engagement.savedAmong(alice.id(), List.of(video.id()))).isEmpty();
    }

    @Test
    public void record_logs_a_members_event_as_given() {
        var alice = given.aUser();
        var product = given.aProduct(alice);
        var video = given.aVideo().by(alice).selling(product).create();
        var event = new NewInteraction(Optional.of(alice.id()), "user:" + alice.id().value(), video.id(),
                Optional.of(product.id()), InteractionKind.WATCH_TIME, Optional.of(new WatchTime(12.5)),
                ExtraData.empty(), T0);

        var logged = engagement.record(event);

        assertThat(logged.event()).isEqualTo(event);
        assertThat(engagement.recentByUser(alice.id(), T0, 10)).containsExactly(logged);
    }

    @Test
    public void record_logs_an_anonymous_sessions_event() {
        var video = given.aVideo().create();
        var event = new NewInteraction(Optional.empty(), "session-7", video.id(), Optional.empty(),
                InteractionKind.VIEW, Optional.empty(), ExtraData.empty(), T0);

        assertThat(engagement.record(event).event()).isEqualTo(event);
    }

    @Test
    public void record_if_visible_logs_only_what_the_caller_may_see() {
        var owner = given.aUser();
        var alice = given.aUser();
        var shown = given.aVideo().by(owner).create();
        var takenDown = given.aVideo().by(owner).inactive().create();

        assertThat(engagement.recordIfVisible(event(alice.id(), shown.id(), InteractionKind.CTA_CLICK, T0), false))
                .hasValueSatisfying(logged -> assertThat(logged.event().video()).isEqualTo(shown.id()));
        assertThat(engagement.recordIfVisible(event(alice.id(), takenDown.id(), InteractionKind.CTA_CLICK, T0),
                false)).isEmpty();
        assertThat(engagement.recordIfVisible(event(owner.id(), takenDown.id(), InteractionKind.CTA_CLICK, T0),
                false)).as("its owner").isPresent();
        assertThat(engagement.recordIfVisible(event(alice.id(), takenDown.id(), InteractionKind.CTA_CLICK, T0),
                true)).as("an admin").isPresent();
        assertThat(engagement.recordIfVisible(event(alice.id(), UNKNOWN, InteractionKind.CTA_CLICK, T0), true))
                .isEmpty();
        assertThat(engagement.recentByUser(alice.id(), T0, 10)).hasSize(2);
    }

    @Test
    public void record_if_visible_keeps_an_anonymous_watch_time_whole() {
        var video = given.aVideo().create();
        var event = new NewInteraction(Optional.empty(), "session-7", video.id(), Optional.empty(),
                InteractionKind.WATCH_TIME, Optional.of(new WatchTime(12.5)), new ExtraData("{\"position\":3}"), T0);

        assertThat(engagement.recordIfVisible(event, false)).hasValueSatisfying(logged ->
                assertThat(logged.event()).isEqualTo(event));
    }

    @Test
    public void recording_an_event_on_an_unknown_video_is_not_found() {
        var alice = given.aUser();

        assertNotFound(() -> engagement.record(event(alice.id(), UNKNOWN, InteractionKind.VIEW, T0)));
    }

    @Test
    public void recent_by_user_is_the_users_events_since_a_moment_newest_first_and_limited() {
        var alice = given.aUser();
        var bob = given.aUser();
        var video = given.aVideo().create();
        engagement.record(event(alice.id(), video.id(), InteractionKind.VIEW, T0.minusSeconds(1)));
        var atSince = engagement.record(event(alice.id(), video.id(), InteractionKind.SHARE, T0));
        var later = engagement.record(event(alice.id(), video.id(), InteractionKind.CTA_CLICK, T0.plusSeconds(5)));
        var latest = engagement.record(event(alice.id(), video.id(), InteractionKind.VIEW, T0.plusSeconds(9)));
        engagement.record(event(bob.id(), video.id(), InteractionKind.VIEW, T0.plusSeconds(7)));

        assertThat(engagement.recentByUser(alice.id(), T0, 10)).containsExactly(latest, later, atSince);
        assertThat(engagement.recentByUser(alice.id(), T0, 2)).containsExactly(latest, later);
    }

    @Test
    public void recent_by_user_carries_the_linked_product() {
        var alice = given.aUser();
        var video = given.aVideo().create();
        var productId = video.details().product();
        var event = new NewInteraction(Optional.of(alice.id()), "user:" + alice.id().value(), video.id(),
                Optional.of(productId), InteractionKind.ADD_TO_CART_FROM_VIDEO, Optional.empty(), ExtraData.empty(),
                T0);
        engagement.record(event);

        assertThat(engagement.recentByUser(alice.id(), T0, 1)).singleElement()
                .satisfies(logged -> assertThat(logged.event().product()).contains(productId));
    }

    @Test
    public void recent_by_user_without_events_is_empty() {
        assertThat(engagement.recentByUser(given.aUser().id(), T0, 10)).isEmpty();
    }
}
