package io.shoppable.persistence;

import java.util.List;
import java.util.Optional;

import io.shoppable.domain.content.NewCarouselItem;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.engagement.ExtraData;
import io.shoppable.domain.engagement.InteractionKind;
import io.shoppable.domain.engagement.NewInteraction;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.social.NewReport;
import io.shoppable.domain.social.ReportReason;
import io.shoppable.domain.user.User;
import io.shoppable.testing.Given;
import io.shoppable.testing.Ports;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.MutableClock.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is the backstop behind every adapter: each rule holds even for a statement written by
 * hand, and {@link SqlErrors} turns the refusal into the domain error the rule means. The port
 * contracts check the same outcomes through the adapters.
 */
class SchemaConstraintsTest {

    private Ports ports;
    private Given given;
    private User alice;
    private Video video;

    @BeforeEach
    void someContent() {
        ports = JdbiPorts.fresh();
        given = new Given(ports);
        alice = given.aUser("alice");
        video = given.aVideo().create();
    }

    @Test
    void a_second_report_by_one_user_on_one_video_is_already_reported() {
        ports.reports().add(new NewReport(alice.id(), video.id(), ReportReason.SPAM, ""), T0);

        assertThat(refusal("INSERT INTO video_reports (reporter_id, video_id, reason, created_at) "
                + "VALUES (?, ?, 'other', now())", alice.id().value(), video.id().value()))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("already_reported"));
    }

    @Test
    void following_yourself_is_invalid_on_following_id() {
        assertThat(refusal("INSERT INTO user_follows (follower_id, following_id, created_at) VALUES (?, ?, now())",
                alice.id().value(), alice.id().value()))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("following_id"));
    }

    @Test
    void a_second_active_cart_is_a_conflict_while_closed_carts_do_not_count() {
        var first = ports.carts().open(alice.id(), T0);
        ports.carts().close(first.id());
        ports.carts().open(alice.id(), T0);

        assertThat(refusal("INSERT INTO carts (user_id, created_at) VALUES (?, now())", alice.id().value()))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("active_cart_exists"));
    }

    @Test
    void no_counter_can_go_below_zero() {
        var profile = given.aCreator(alice);
        for (var counter : List.of("likes_count", "saves_count", "views_count", "shares_count")) {
            assertThat(refusal("UPDATE videos SET " + counter + " = -1 WHERE id = ?", video.id().value()))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("counters"));
        }
        for (var counter : List.of("follower_count", "posts_count", "views_count")) {
            assertThat(refusal("UPDATE creator_profiles SET " + counter + " = -1 WHERE id = ?", profile.id().value()))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("counters"));
        }
    }

    @Test
    void unliking_never_takes_the_like_count_below_zero() {
        ports.engagement().toggleLike(alice.id(), video.id(), T0);
        ports.engagement().toggleLike(alice.id(), video.id(), T0);
        TestDatabase.jdbi().useHandle(handle -> handle.execute("DELETE FROM video_likes"));

        assertThat(ports.engagement().toggleLike(alice.id(), video.id(), T0).likesCount()).isEqualTo(1);
        assertThat(ports.engagement().toggleLike(alice.id(), video.id(), T0).likesCount()).isZero();
    }

    @Test
    void a_reply_whose_parent_is_on_another_video_is_invalid_on_parent() {
        var other = given.aVideo().create();
        var comment = given.aComment(other, alice, T0);

        assertThat(refusal("INSERT INTO video_comments (video_id, author_id, parent_id, text, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'Reply', now(), now())", video.id().value(), alice.id().value(),
                comment.id().value()))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("parent"));
    }

    @Test
    void a_video_without_the_file_its_type_needs_is_invalid_on_media() {
        assertThat(refusal("UPDATE videos SET video_file = NULL, image_file = 'images/a.jpg' WHERE id = ?",
                video.id().value()))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("media"));
    }

    @Test
    void a_watch_time_longer_than_a_day_is_invalid_on_dwell_time() {
        assertThat(refusal("INSERT INTO user_interactions (session_key, video_id, event_type, dwell_seconds, "
                + "created_at) VALUES ('s', ?, 'watch_time', 86401, now())", video.id().value()))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("dwell_time"));
    }

    @Test
    void a_missing_referenced_row_is_not_found_by_its_name_and_id() {
        assertThat(refusal("INSERT INTO video_likes (user_id, video_id, created_at) VALUES (999, ?, now())",
                video.id().value()))
                .isInstanceOf(NotFound.class).hasMessage("User 999 not found");
    }

    @Test
    void deleting_a_video_removes_everything_that_hangs_off_it() {
        var collection = given.aVideo().collection().alsoSelling(given.aProduct(alice)).create();
        var id = collection.id();
        ports.videos().addItem(id, new NewCarouselItem(new MediaRef("images/one.jpg"), Optional.empty(), 0));
        ports.engagement().toggleLike(alice.id(), id, T0);
        ports.engagement().toggleSave(alice.id(), id, T0);
        given.aReply(given.aComment(collection, alice, T0), alice, T0);
        ports.reports().add(new NewReport(alice.id(), id, ReportReason.SPAM, ""), T0);
        ports.engagement().record(new NewInteraction(Optional.of(alice.id()), "user:1", id, Optional.empty(),
                InteractionKind.VIEW, Optional.empty(), ExtraData.empty(), T0));

        ports.videos().delete(id);

        for (var table : List.of("video_items", "video_additional_products", "video_likes", "video_saves",
                "video_comments", "video_reports", "user_interactions")) {
            long rows = TestDatabase.jdbi().withHandle(handle -> handle
                    .createQuery("SELECT count(*) FROM " + table + " WHERE video_id = :video")
                    .bind("video", id.value()).mapTo(Long.class).one());
            assertThat(rows).as(table).isZero();
        }
    }

    /** What the domain sees when the database refuses {@code sql}; fails if it was accepted. */
    private static RuntimeException refusal(String sql, Object... arguments) {
        try {
            TestDatabase.jdbi().useHandle(handle -> handle.execute(sql, arguments));
        } catch (JdbiException e) {
            return SqlErrors.translate(e);
        }
        throw new AssertionError("The database accepted " + sql);
    }
}
