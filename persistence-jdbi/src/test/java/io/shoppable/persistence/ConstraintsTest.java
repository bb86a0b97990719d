package io.shoppable.persistence;

import static io.shoppable.persistence.Given.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import io.shoppable.domain.catalog.CategoryDraft;
import io.shoppable.domain.catalog.CategoryName;
import io.shoppable.domain.content.Media;
import io.shoppable.domain.content.NewCarouselItem;
import io.shoppable.domain.content.NewVideo;
import io.shoppable.domain.engagement.ExtraData;
import io.shoppable.domain.engagement.InteractionKind;
import io.shoppable.domain.engagement.NewInteraction;
import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.social.CommentId;
import io.shoppable.domain.social.CommentText;
import io.shoppable.domain.social.NewComment;
import io.shoppable.domain.social.NewReport;
import io.shoppable.domain.social.ReportReason;
import io.shoppable.domain.user.UserId;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema's constraints are the backstop; these show each one coming out as the domain error it means. */
class ConstraintsTest {

    private final JdbiAdapters db = JdbiAdapters.over(TestDatabase.jdbi());
    private final Given given = new Given(db);

    @BeforeEach
    void emptyTables() {
        TestDatabase.reset();
    }

    @Test
    void a_second_report_by_the_same_user_on_the_same_video_is_a_conflict() {
        var video = given.anyVideo();
        var reporter = given.anyUser();
        db.reports().add(new NewReport(reporter, video.id(), ReportReason.SPAM, ""), T0);

        assertThatThrownBy(() -> db.reports().add(new NewReport(reporter, video.id(), ReportReason.OTHER, "again"), T0))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("already_reported"));
    }

    @Test
    void following_yourself_is_invalid_on_following_id() {
        var user = given.anyUser();

        assertThatThrownBy(() -> db.follows().toggle(user, user, T0))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsKey("following_id"));
    }

    @Test
    void opening_a_second_active_cart_is_a_conflict() {
        var user = given.anyUser();
        db.carts().open(user, T0);

        assertThatThrownBy(() -> db.carts().open(user, T0))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("active_cart_exists"));
    }

    @Test
    void the_like_counter_can_never_go_negative() {
        var video = given.anyVideo();

        assertThatThrownBy(() -> TestDatabase.jdbi().useHandle(handle ->
                handle.execute("UPDATE videos SET likes_count = -1 WHERE id = ?", video.id().value())))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining("videos_likes_count_check");
    }

    @Test
    void a_reply_to_a_comment_on_another_video_is_invalid_on_parent() {
        var author = given.anyUser();
        var first = given.anyVideo();
        var second = given.anyVideo();
        var comment = db.comments().add(new NewComment(first.id(), author, Optional.empty(), new CommentText("Hi")), T0);

        assertThatThrownBy(() -> db.comments().add(
                new NewComment(second.id(), author, Optional.of(comment.id()), new CommentText("Reply")), T0))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsKey("parent"));
    }

    @Test
    void a_reply_to_an_unknown_comment_is_invalid_on_parent() {
        var video = given.anyVideo();

        assertThatThrownBy(() -> db.comments().add(new NewComment(video.id(), given.anyUser(),
                Optional.of(new CommentId(999)), new CommentText("Reply")), T0))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsKey("parent"));
    }

    @Test
    void a_category_name_is_taken_once() {
        given.category("Fashion");

        assertThatThrownBy(() -> given.category("Fashion"))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("category_name_taken"));
    }

    @Test
    void a_category_that_videos_use_cannot_be_deleted() {
        var video = given.anyVideo();

        assertThatThrownBy(() -> db.categories().delete(video.details().category()))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("category_in_use"));
    }

    @Test
    void a_video_with_unknown_references_is_invalid_on_the_field_that_names_them() {
        var owner = given.anyUser();
        var category = given.anyCategory();
        var product = given.anyProduct();
        var unknownCategory = new io.shoppable.domain.catalog.CategoryId(999);
        var unknownProduct = new io.shoppable.domain.product.ProductId(999);

        assertThatThrownBy(() -> db.videos().create(newVideo(owner, given.details(unknownCategory, product,
                List.of())), T0)).isInstanceOfSatisfying(Invalid.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("category"));
        assertThatThrownBy(() -> db.videos().create(newVideo(owner, given.details(category, unknownProduct,
                List.of())), T0)).isInstanceOfSatisfying(Invalid.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("product_id"));
        assertThatThrownBy(() -> db.videos().create(newVideo(owner, given.details(category, product,
                List.of(unknownProduct))), T0)).isInstanceOfSatisfying(Invalid.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("additional_product_ids"));
        assertThatThrownBy(() -> db.videos().create(newVideo(new UserId(999), given.details(category, product,
                List.of())), T0)).isInstanceOfSatisfying(Invalid.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("owner"));
    }

    @Test
    void engagement_with_an_unknown_video_is_not_found() {
        var user = given.anyUser();
        var unknown = new io.shoppable.domain.content.VideoId(999);

        assertThatThrownBy(() -> db.engagement().toggleLike(user, unknown, T0))
                .isInstanceOf(NotFound.class).hasMessage("Video 999 not found");
        assertThatThrownBy(() -> db.engagement().toggleSave(user, unknown, T0)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.comments().add(new NewComment(unknown, user, Optional.empty(),
                new CommentText("Hi")), T0)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> db.reports().add(new NewReport(user, unknown, ReportReason.SPAM, ""), T0))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void extra_data_that_is_not_json_is_invalid_on_extra_data() {
        var video = given.anyVideo();
        var event = new NewInteraction(Optional.empty(), "session-1", video.id(), Optional.empty(),
                InteractionKind.CTA_CLICK, Optional.empty(), new ExtraData("{not json"), T0);

        assertThatThrownBy(() -> db.engagement().record(event))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("extra_data"));
    }

    @Test
    void only_a_collection_takes_carousel_items() {
        var video = given.anyVideo();
        var item = new NewCarouselItem(new MediaRef("images/one.jpg"), Optional.empty(), 0);

        assertThatThrownBy(() -> db.videos().addItem(video.id(), item))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.fields()).containsOnlyKeys("items"));
    }

    @Test
    void a_video_row_without_its_media_file_is_refused() {
        var video = given.anyVideo();

        assertThatThrownBy(() -> TestDatabase.jdbi().useHandle(handle ->
                handle.execute("UPDATE videos SET video_file = NULL WHERE id = ?", video.id().value())))
                .hasMessageContaining("videos_media_check");
    }

    @Test
    void a_duplicate_category_name_in_a_transaction_rolls_the_whole_unit_back() {
        given.category("Fashion");

        assertThatThrownBy(() -> db.tx().run(() -> {
            db.categories().create(new CategoryDraft(new CategoryName("Tech"), Optional.empty(), 2, true));
            db.categories().create(new CategoryDraft(new CategoryName("Fashion"), Optional.empty(), 3, true));
        })).isInstanceOf(Conflict.class);

        assertThat(db.categories().listActive(io.shoppable.domain.shared.PageRequest.firstPage()).total())
                .isEqualTo(1);
    }

    private NewVideo newVideo(UserId owner, io.shoppable.domain.content.VideoDetails details) {
        return new NewVideo(owner, new Media.OfVideo(new MediaRef("videos/clip.mp4")), Optional.empty(), details);
    }
}
