package io.shoppable.domain.engagement;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.creator.CreatorService;
import io.shoppable.domain.user.User;
import io.shoppable.domain.user.Viewer;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryCounterStore;
import io.shoppable.testing.InMemoryEngagementRepository;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.MutableClock;
import io.shoppable.testing.Ports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngagementServiceTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final MutableClock clock = MutableClock.atT0();
    private final VideoService videoService = new VideoService(ports.videos(), ports.categories(), ports.products(),
            new CreatorService(ports.creators(), ports.tx(), clock), ports.creators(), ports.tx(), clock);
    private final InMemoryCounterStore counterStore = new InMemoryCounterStore(ports);
    private final EngagementService service = node();

    private final User owner = given.aUser("owner");
    private final Video video = given.aVideo().by(owner).create();
    private final Viewer.Member alice = Given.asMember(given.aUser("alice"));
    private final Viewer.Anonymous anonymous = new Viewer.Anonymous("session-42");

    /** A node: its own buffer and view targets over the shared store, as each {@code serve} process has. */
    private EngagementService node() {
        return new EngagementService(videoService, ports.engagement(),
                new ViewTargets(ports.videos(), ViewTargets.DEFAULT_TTL, clock),
                new CounterBuffer(CounterBuffer.DEFAULT_DEDUPE_WINDOW), counterStore, ports.tx(), clock);
    }

    private List<Interaction> logged() {
        return ((InMemoryEngagementRepository) ports.engagement()).all();
    }

    private Video stored() {
        return videoService.require(video.id());
    }

    @Test
    void liking_twice_unlikes_and_the_count_follows() {
        assertThat(service.toggleLike(alice, video.id())).isEqualTo(new LikeState(true, 1));
        assertThat(stored().stats().likes()).isEqualTo(1);
        assertThat(service.toggleLike(alice, video.id())).isEqualTo(new LikeState(false, 0));
        assertThat(stored().stats().likes()).isZero();
    }

    @Test
    void saving_twice_unsaves_and_the_count_follows() {
        assertThat(service.toggleSave(alice, video.id())).isEqualTo(new SaveState(true, 1));
        assertThat(service.toggleSave(alice, video.id())).isEqualTo(new SaveState(false, 0));
        assertThat(stored().stats().saves()).isZero();
    }

    @Test
    void a_video_that_is_not_visible_cannot_be_liked_or_saved() {
        var hidden = given.aVideo().by(owner).inactive().create();

        assertNotFound(() -> service.toggleLike(alice, hidden.id()));
        assertNotFound(() -> service.toggleSave(alice, hidden.id()));
        assertNotFound(() -> service.toggleLike(alice, new VideoId(999)));
        assertThat(videoService.require(hidden.id()).stats().likes()).isZero();
    }

    @Test
    void a_view_counts_on_the_video_and_the_owners_profile_and_is_logged() {
        var profile = given.aCreator(owner);
        clock.advance(Duration.ofMinutes(1));

        assertThat(service.view(anonymous, video.id())).isEqualTo(1);
        assertThat(service.view(alice, video.id())).isEqualTo(2);
        assertThat(service.flushCounters()).isEqualTo(2);

        assertThat(stored().stats().views()).isEqualTo(2);
        assertThat(ports.creators().findById(profile.id()).orElseThrow().viewsCount()).isEqualTo(2);
        assertThat(logged()).extracting(Interaction::event).containsExactly(
                new NewInteraction(Optional.empty(), "session-42", video.id(), Optional.empty(), InteractionKind.VIEW,
                        Optional.empty(), ExtraData.empty(), clock.instant()),
                new NewInteraction(Optional.of(alice.id()), alice.sessionKey(), video.id(), Optional.empty(),
                        InteractionKind.VIEW, Optional.empty(), ExtraData.empty(), clock.instant()));
    }

    @Test
    void a_view_of_a_video_whose_owner_has_no_profile_still_counts() {
        assertThat(service.view(alice, video.id())).isEqualTo(1);
        assertThat(ports.creators().findByUser(owner.id())).isEmpty();
    }

    @Test
    void a_share_counts_on_the_video_and_is_logged() {
        assertThat(service.share(anonymous, video.id())).isEqualTo(1);
        assertThat(service.share(alice, video.id())).isEqualTo(2);
        service.flushCounters();

        assertThat(stored().stats().shares()).isEqualTo(2);
        assertThat(logged()).extracting(interaction -> interaction.event().kind())
                .containsExactly(InteractionKind.SHARE, InteractionKind.SHARE);
    }

    @Test
    void views_and_shares_of_a_video_that_is_not_visible_are_not_found_and_not_counted() {
        var hidden = given.aVideo().by(owner).inactive().create();

        assertNotFound(() -> service.view(anonymous, hidden.id()));
        assertNotFound(() -> service.share(alice, hidden.id()));
        assertThat(service.flushCounters()).isZero();
        assertThat(videoService.require(hidden.id()).stats().views()).isZero();
        assertThat(logged()).isEmpty();
    }

    @Test
    void views_are_buffered_until_a_flush_and_the_answer_includes_them() {
        assertThat(service.view(anonymous, video.id())).isEqualTo(1);
        assertThat(service.view(alice, video.id())).isEqualTo(2);

        assertThat(stored().stats().views()).as("nothing written before the flush").isZero();
        assertThat(logged()).isEmpty();
        service.flushCounters();
        assertThat(service.view(Given.asMember(owner), video.id())).as("stored 2 plus 1 pending").isEqualTo(3);
        assertThat(counterStore.applied()).isEqualTo(1);
    }

    @Test
    void a_viewer_counts_once_per_video_within_thirty_seconds() {
        assertThat(service.view(alice, video.id())).isEqualTo(1);
        clock.advance(Duration.ofSeconds(29));
        assertThat(service.view(alice, video.id())).isEqualTo(1);
        assertThat(service.share(alice, video.id())).as("a share is counted apart from views").isEqualTo(1);
        assertThat(service.share(alice, video.id())).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(service.view(alice, video.id())).isEqualTo(2);

        service.flushCounters();
        assertThat(stored().stats().views()).isEqualTo(2);
        assertThat(stored().stats().shares()).isEqualTo(1);
        assertThat(logged()).hasSize(3);
    }

    @Test
    void a_viewer_balanced_to_two_nodes_counts_once_per_window() {
        var other = node();

        assertThat(service.view(alice, video.id())).isEqualTo(1);
        assertThat(other.view(alice, video.id())).as("each node acknowledges its own").isEqualTo(1);
        assertThat(service.share(alice, video.id())).isEqualTo(1);
        assertThat(other.share(alice, video.id())).isEqualTo(1);
        assertThat(service.flushCounters()).isEqualTo(2);
        assertThat(other.flushCounters()).as("the window already has this viewer's view and share").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(other.view(alice, video.id())).as("the next window counts again").isEqualTo(2);
        assertThat(other.flushCounters()).isEqualTo(1);

        assertThat(stored().stats().views()).isEqualTo(2);
        assertThat(stored().stats().shares()).isEqualTo(1);
        assertThat(logged()).hasSize(3);
    }

    @Test
    void a_crash_loses_only_what_the_node_acknowledged_since_its_last_flush() {
        var crashing = node();
        crashing.view(anonymous, video.id());
        crashing.view(alice, video.id());
        crashing.flushCounters();
        crashing.view(Given.asMember(owner), video.id());

        var restarted = node();

        assertThat(stored().stats().views()).as("the view after the flush died with the node").isEqualTo(2);
        assertThat(restarted.view(Given.asMember(given.aUser("carol")), video.id())).isEqualTo(3);
    }

    @Test
    void a_failed_flush_keeps_its_views_for_the_next_one() {
        var down = new AtomicBoolean(true);
        CounterStore flaky = batch -> {
            if (down.get()) {
                throw new IllegalStateException("the database is down");
            }
            return counterStore.apply(batch);
        };
        var node = new EngagementService(videoService, ports.engagement(),
                new ViewTargets(ports.videos(), ViewTargets.DEFAULT_TTL, clock),
                new CounterBuffer(CounterBuffer.DEFAULT_DEDUPE_WINDOW), flaky, ports.tx(), clock);
        node.view(anonymous, video.id());

        assertThatThrownBy(node::flushCounters).hasMessageContaining("down");
        assertThat(node.view(alice, video.id())).as("still pending, and answered").isEqualTo(2);
        down.set(false);

        assertThat(node.flushCounters()).isEqualTo(2);
        assertThat(stored().stats().views()).isEqualTo(2);
    }

    @Test
    void a_view_sees_a_take_down_made_on_this_node_at_once() {
        var watched = new ViewTargets(ports.videos(), ViewTargets.DEFAULT_TTL, clock);
        var node = new EngagementService(videoService, ports.engagement(), watched,
                new CounterBuffer(CounterBuffer.DEFAULT_DEDUPE_WINDOW), counterStore, ports.tx(), clock);
        node.view(anonymous, video.id());

        watched.watching(ports.videos()).setActive(video.id(), false);

        assertNotFound(() -> node.view(alice, video.id()));
    }

    @Test
    void a_take_down_made_elsewhere_reaches_views_within_the_time_to_live() {
        service.view(anonymous, video.id());

        ports.videos().setActive(video.id(), false);
        assertThat(service.view(alice, video.id())).as("remembered for up to two seconds").isEqualTo(2);
        clock.advance(ViewTargets.DEFAULT_TTL);

        assertNotFound(() -> service.view(Given.asMember(given.aUser("carol")), video.id()));
    }

    @Test
    void the_answer_after_a_flush_includes_the_counts_it_wrote() {
        service.view(anonymous, video.id());
        service.flushCounters();

        assertThat(service.view(alice, video.id())).isEqualTo(2);
    }

    @Test
    void the_same_session_counts_again_for_another_video() {
        var other = given.aVideo().by(owner).create();

        assertThat(service.view(anonymous, video.id())).isEqualTo(1);
        assertThat(service.view(anonymous, other.id())).isEqualTo(1);
    }

    @Test
    void a_flush_with_nothing_buffered_writes_nothing() {
        assertThat(service.flushCounters()).isZero();
        assertThat(counterStore.applied()).isZero();
    }

    @Test
    void the_owner_may_view_their_own_taken_down_video() {
        var hidden = given.aVideo().by(owner).inactive().create();

        assertThat(service.view(Given.asMember(owner), hidden.id())).isEqualTo(1);
    }

    @Test
    void tracking_logs_a_client_event_with_its_watch_time_and_extra_data() {
        var extra = new ExtraData("{\"position\":3}");

        var interaction = service.track(alice, video.id(), InteractionKind.WATCH_TIME, Optional.of(new WatchTime(7.5)),
                extra);

        assertThat(interaction.event()).isEqualTo(new NewInteraction(Optional.of(alice.id()), alice.sessionKey(),
                video.id(), Optional.empty(), InteractionKind.WATCH_TIME, Optional.of(new WatchTime(7.5)), extra,
                MutableClock.T0));
        assertThat(logged()).containsExactly(interaction);
    }

    @Test
    void anonymous_sessions_may_track_events() {
        var interaction = service.track(anonymous, video.id(), InteractionKind.CTA_CLICK, Optional.empty(),
                ExtraData.empty());

        assertThat(interaction.event().user()).isEmpty();
        assertThat(interaction.event().sessionKey()).isEqualTo("session-42");
    }

    @Test
    void events_the_service_logs_itself_cannot_be_tracked_by_clients() {
        assertInvalid("event_type", () -> service.track(alice, video.id(), InteractionKind.VIEW, Optional.empty(),
                ExtraData.empty()));
        assertInvalid("event_type", () -> service.track(alice, video.id(), InteractionKind.ADD_TO_CART_FROM_VIDEO,
                Optional.empty(), ExtraData.empty()));
        assertThat(logged()).isEmpty();
    }

    @Test
    void watch_time_events_need_a_watch_time_and_others_take_none() {
        assertInvalid("dwell_time", () -> service.track(alice, video.id(), InteractionKind.WATCH_TIME,
                Optional.empty(), ExtraData.empty()));
        assertInvalid("dwell_time", () -> service.track(alice, video.id(), InteractionKind.SCROLL_PAUSE,
                Optional.of(new WatchTime(2)), ExtraData.empty()));
    }

    @Test
    void tracking_on_a_video_that_is_not_visible_is_not_found() {
        var hidden = given.aVideo().by(owner).inactive().create();

        assertNotFound(() -> service.track(alice, hidden.id(), InteractionKind.CTA_CLICK, Optional.empty(),
                ExtraData.empty()));
    }

    @Test
    void liked_and_saved_among_say_which_of_the_videos_the_member_liked_and_saved() {
        var other = given.aVideo().create();
        service.toggleLike(alice, video.id());
        service.toggleSave(alice, other.id());

        assertThat(service.likedAmong(alice, List.of(video.id(), other.id()))).isEqualTo(Set.of(video.id()));
        assertThat(service.savedAmong(alice, List.of(video.id(), other.id()))).isEqualTo(Set.of(other.id()));
    }

    @Test
    void anonymous_viewers_have_liked_and_saved_nothing() {
        service.toggleLike(alice, video.id());

        assertThat(service.likedAmong(anonymous, List.of(video.id()))).isEmpty();
        assertThat(service.savedAmong(anonymous, List.of(video.id()))).isEmpty();
    }
}
