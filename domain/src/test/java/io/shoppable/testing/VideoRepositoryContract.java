package io.shoppable.testing;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.content.CarouselItem;
import io.shoppable.domain.content.Media;
import io.shoppable.domain.content.NewCarouselItem;
import io.shoppable.domain.content.NewVideo;
import io.shoppable.domain.content.Tags;
import io.shoppable.domain.content.Title;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoDetails;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.content.ViewTarget;
import io.shoppable.domain.content.VideoStats;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.social.CommentText;
import io.shoppable.domain.social.NewComment;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link VideoRepository} promises. */
public abstract class VideoRepositoryContract {

    private static final Instant T0 = MutableClock.T0;
    private static final VideoId UNKNOWN = new VideoId(999_999);

    private Ports ports;
    private VideoRepository videos;
    private Given given;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    @BeforeEach
    void setUpVideoContract() {
        ports = ports();
        videos = ports.videos();
        given = new Given(ports);
    }

    private VideoDetails detailsIn(CategoryId category, ProductId product, List<ProductId> additional) {
        return new VideoDetails(new Title("Summer hats"), "Three hats for the beach",
                new Tags(List.of("summer", "hats")), category, product, additional);
    }

    @Test
    public void create_stores_an_active_video_with_zero_counters_and_no_items() {
        var owner = given.aUser();
        var category = given.aCategory();
        var hat = given.aProduct(owner);
        var scarf = given.aProduct(owner);
        var bag = given.aProduct(owner);
        var details = detailsIn(category.id(), hat.id(), List.of(scarf.id(), bag.id()));
        var media = new Media.OfVideo(new MediaRef("videos/abc123.mp4"));
        var thumbnail = Optional.of(new MediaRef("images/abc123.jpg"));

        var created = videos.create(new NewVideo(owner.id(), media, thumbnail, details), T0);

        assertThat(created).isEqualTo(new Video(created.id(), owner.id(), media, thumbnail, List.of(), details,
                VideoStats.zero(), 0, true, T0));
        assertThat(videos.findById(created.id())).contains(created);
    }

    @Test
    public void create_with_an_unknown_owner_is_invalid() {
        var category = given.aCategory();
        var product = given.aProduct(given.aUser());
        var media = new Media.OfImage(new MediaRef("images/abc.jpg"));
        var video = new NewVideo(new UserId(999_999), media, Optional.empty(),
                detailsIn(category.id(), product.id(), List.of()));

        assertThatThrownBy(() -> videos.create(video, T0)).isInstanceOf(Invalid.class);
    }

    @Test
    public void create_in_an_unknown_category_is_invalid_on_category() {
        var owner = given.aUser();
        var product = given.aProduct(owner);
        var media = new Media.OfImage(new MediaRef("images/abc.jpg"));
        var video = new NewVideo(owner.id(), media, Optional.empty(),
                detailsIn(new CategoryId(999_999), product.id(), List.of()));

        assertInvalid("category", () -> videos.create(video, T0));
    }

    @Test
    public void create_with_an_unknown_product_is_invalid_on_product_id() {
        var owner = given.aUser();
        var category = given.aCategory();
        var media = new Media.OfImage(new MediaRef("images/abc.jpg"));
        var video = new NewVideo(owner.id(), media, Optional.empty(),
                detailsIn(category.id(), new ProductId(999_999), List.of()));

        assertInvalid("product_id", () -> videos.create(video, T0));
    }

    @Test
    public void create_with_an_unknown_additional_product_is_invalid_on_additional_product_ids() {
        var owner = given.aUser();
        var category = given.aCategory();
        var product = given.aProduct(owner);
        var media = new Media.OfImage(new MediaRef("images/abc.jpg"));
        var video = new NewVideo(owner.id(), media, Optional.empty(),
                detailsIn(category.id(), product.id(), List.of(new ProductId(999_999))));

        assertInvalid("additional_product_ids", () -> videos.create(video, T0));
    }

    @Test
    public void find_by_id_includes_inactive_videos() {
        var hidden = given.aVideo().inactive().create();

        assertThat(videos.findById(hidden.id())).hasValueSatisfying(video -> assertThat(video.active()).isFalse());
    }

    @Test
    public void find_by_id_of_an_unknown_video_is_empty() {
        assertThat(videos.findById(UNKNOWN)).isEmpty();
    }

    @Test
    public void find_all_returns_active_and_inactive_videos_and_leaves_unknown_ids_out() {
        var shown = given.aVideo().create();
        var hidden = given.aVideo().inactive().create();
        given.aVideo().create();

        var found = videos.findAll(List.of(shown.id(), hidden.id(), UNKNOWN));

        assertThat(found).containsOnlyKeys(shown.id(), hidden.id());
        assertThat(found.get(shown.id())).isEqualTo(shown);
        assertThat(found.get(hidden.id())).isEqualTo(hidden);
    }

    @Test
    public void find_all_includes_a_collections_items() {
        var collection = given.aVideo().collection().create();
        var item = videos.addItem(collection.id(), new NewCarouselItem(new MediaRef("images/one.jpg"),
                Optional.empty(), 0));

        assertThat(videos.findAll(List.of(collection.id())).get(collection.id()).items()).containsExactly(item);
    }

    @Test
    public void list_active_is_newest_first_without_inactive_videos_or_videos_in_inactive_categories() {
        var old = given.aVideo().at(T0).create();
        var newest = given.aVideo().at(T0.plusSeconds(20)).create();
        var middle = given.aVideo().at(T0.plusSeconds(10)).create();
        given.aVideo().at(T0.plusSeconds(30)).inactive().create();
        given.aVideo().at(T0.plusSeconds(40)).in(given.anInactiveCategory()).create();

        var page = videos.listActive(Optional.empty(), PageRequest.first(10));

        assertThat(page.items()).containsExactly(newest, middle, old);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    public void list_active_can_keep_to_one_category() {
        var fashion = given.aCategory();
        var first = given.aVideo().in(fashion).at(T0).create();
        given.aVideo().at(T0.plusSeconds(5)).create();
        var second = given.aVideo().in(fashion).at(T0.plusSeconds(10)).create();

        var page = videos.listActive(Optional.of(fashion.id()), PageRequest.first(10));

        assertThat(page.items()).containsExactly(second, first);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    public void list_active_pages_through_the_list() {
        var first = given.aVideo().at(T0).create();
        var second = given.aVideo().at(T0.plusSeconds(1)).create();
        var third = given.aVideo().at(T0.plusSeconds(2)).create();

        var one = videos.listActive(Optional.empty(), new PageRequest(2, 0));
        var two = videos.listActive(Optional.empty(), new PageRequest(2, 2));

        assertThat(one.items()).containsExactly(third, second);
        assertThat(one.total()).isEqualTo(3);
        assertThat(one.hasNext()).isTrue();
        assertThat(two.items()).containsExactly(first);
        assertThat(two.hasNext()).isFalse();
    }

    @Test
    public void update_details_replaces_them_and_keeps_the_rest() {
        var owner = given.aUser();
        var video = given.aVideo().by(owner).taggedWith("winter").create();
        var category = given.aCategory();
        var hat = given.aProduct(owner);
        var scarf = given.aProduct(owner);
        var details = detailsIn(category.id(), hat.id(), List.of(scarf.id()));

        var updated = videos.updateDetails(video.id(), details);

        assertThat(updated).isEqualTo(new Video(video.id(), owner.id(), video.media(), video.thumbnail(),
                video.items(), details, video.stats(), video.trendScore(), true, video.createdAt()));
        assertThat(videos.findById(video.id())).contains(updated);
    }

    @Test
    public void update_details_into_an_unknown_category_is_invalid_on_category() {
        var video = given.aVideo().create();
        var details = detailsIn(new CategoryId(999_999), video.details().product(), List.of());

        assertInvalid("category", () -> videos.updateDetails(video.id(), details));
    }

    @Test
    public void update_details_of_an_unknown_video_is_not_found() {
        var template = given.aVideo().create();

        assertNotFound(() -> videos.updateDetails(UNKNOWN, template.details()));
    }

    @Test
    public void set_active_takes_a_video_down_and_puts_it_back_up() {
        var video = given.aVideo().create();

        videos.setActive(video.id(), false);
        assertThat(videos.findById(video.id()).orElseThrow().active()).isFalse();
        assertThat(videos.listActive(Optional.empty(), PageRequest.firstPage()).items()).isEmpty();

        videos.setActive(video.id(), true);
        assertThat(videos.findById(video.id()).orElseThrow().active()).isTrue();
    }

    @Test
    public void set_active_of_an_unknown_video_is_not_found() {
        assertNotFound(() -> videos.setActive(UNKNOWN, false));
    }

    @Test
    public void delete_removes_the_video_with_its_likes_and_comments() {
        var viewer = given.aUser();
        var video = given.aVideo().create();
        ports.engagement().toggleLike(viewer.id(), video.id(), T0);
        var comment = ports.comments().add(new NewComment(video.id(), viewer.id(), Optional.empty(),
                new CommentText("Nice")), T0);

        videos.delete(video.id());

        assertThat(videos.findById(video.id())).isEmpty();
        assertThat(ports.comments().findById(comment.id())).isEmpty();
        assertThat(ports.engagement().likedAmong(viewer.id(), List.of(video.id()))).isEmpty();
    }

    @Test
    public void delete_of_an_unknown_video_is_not_found() {
        assertNotFound(() -> videos.delete(UNKNOWN));
    }

    @Test
    public void add_item_adds_to_a_collections_carousel_which_reads_back_by_order() {
        var collection = given.aVideo().collection().create();

        var second = videos.addItem(collection.id(), new NewCarouselItem(new MediaRef("videos/two.mp4"),
                Optional.of(new MediaRef("images/two.jpg")), 2));
        var first = videos.addItem(collection.id(), new NewCarouselItem(new MediaRef("images/one.jpg"),
                Optional.empty(), 1));

        assertThat(second).isEqualTo(new CarouselItem(second.id(), new MediaRef("videos/two.mp4"),
                Optional.of(new MediaRef("images/two.jpg")), 2));
        assertThat(videos.findById(collection.id()).orElseThrow().items()).containsExactly(first, second);
    }

    @Test
    public void add_item_to_an_unknown_video_is_not_found() {
        var item = new NewCarouselItem(new MediaRef("images/one.jpg"), Optional.empty(), 0);

        assertNotFound(() -> videos.addItem(UNKNOWN, item));
    }

    @Test
    public void increment_views_adds_one_view_and_returns_the_new_count() {
        var video = given.aVideo().create();

        assertThat(videos.incrementViews(video.id())).isEqualTo(1);
        assertThat(videos.incrementViews(video.id())).isEqualTo(2);
        assertThat(videos.findById(video.id()).orElseThrow().stats()).isEqualTo(new VideoStats(2, 0, 0, 0));
    }

    @Test
    public void increment_shares_adds_one_share_and_returns_the_new_count() {
        var video = given.aVideo().create();

        assertThat(videos.incrementShares(video.id())).isEqualTo(1);
        assertThat(videos.incrementShares(video.id())).isEqualTo(2);
        assertThat(videos.findById(video.id()).orElseThrow().stats()).isEqualTo(new VideoStats(0, 0, 2, 0));
    }

    @Test
    public void incrementing_an_unknown_videos_counters_is_not_found() {
        assertNotFound(() -> videos.incrementViews(UNKNOWN));
        assertNotFound(() -> videos.incrementShares(UNKNOWN));
    }

    @Test
    public void a_hidden_video_leaves_the_active_list_until_it_is_shown_again() {
        var video = given.aVideo().create();

        videos.setHidden(video.id(), true);

        assertThat(videos.isHidden(video.id())).isTrue();
        assertThat(videos.listActive(Optional.empty(), PageRequest.firstPage()).items()).isEmpty();
        videos.setHidden(video.id(), false);
        assertThat(videos.isHidden(video.id())).isFalse();
        assertThat(videos.listActive(Optional.empty(), PageRequest.firstPage()).items()).containsExactly(video);
    }

    @Test
    public void find_visible_answers_only_videos_everyone_may_see() {
        var shown = given.aVideo().create();
        var takenDown = given.aVideo().inactive().create();
        var inInactiveCategory = given.aVideo().in(given.anInactiveCategory()).create();
        var hidden = given.aVideo().create();
        videos.setHidden(hidden.id(), true);

        assertThat(videos.findVisible(shown.id())).contains(shown);
        assertThat(videos.findVisible(takenDown.id())).isEmpty();
        assertThat(videos.findVisible(inInactiveCategory.id())).isEmpty();
        assertThat(videos.findVisible(hidden.id())).isEmpty();
        assertThat(videos.findVisible(UNKNOWN)).isEmpty();
    }

    @Test
    public void a_view_target_carries_owner_visibility_and_stored_counters() {
        var owner = given.aUser();
        var shown = given.aVideo().by(owner).create();
        videos.incrementViews(shown.id());
        videos.incrementShares(shown.id());
        var takenDown = given.aVideo().by(owner).inactive().create();
        var inInactiveCategory = given.aVideo().in(given.anInactiveCategory()).create();
        var hidden = given.aVideo().create();
        videos.setHidden(hidden.id(), true);

        assertThat(videos.findViewTarget(shown.id())).contains(new ViewTarget(shown.id(), owner.id(), true, 1, 1));
        assertThat(videos.findViewTarget(takenDown.id())).contains(new ViewTarget(takenDown.id(), owner.id(), false,
                0, 0));
        assertThat(videos.findViewTarget(inInactiveCategory.id())).hasValueSatisfying(target ->
                assertThat(target.visible()).isFalse());
        assertThat(videos.findViewTarget(hidden.id())).hasValueSatisfying(target ->
                assertThat(target.visible()).isFalse());
        assertThat(videos.findViewTarget(UNKNOWN)).isEmpty();
    }

    @Test
    public void hiding_or_locking_an_unknown_video_is_not_found() {
        assertNotFound(() -> videos.setHidden(UNKNOWN, true));
        assertNotFound(() -> ports.tx().run(() -> videos.lockForModeration(UNKNOWN)));
        assertThat(videos.isHidden(UNKNOWN)).isFalse();
    }

    @Test
    public void list_by_owner_shows_everything_only_when_asked() {
        var owner = given.aUser();
        var older = given.aVideo().by(owner).at(T0).create();
        var takenDown = given.aVideo().by(owner).at(T0.plusSeconds(1)).inactive().create();
        var hidden = given.aVideo().by(owner).at(T0.plusSeconds(2)).create();
        videos.setHidden(hidden.id(), true);
        given.aVideo().create();

        assertThat(videos.listByOwner(owner.id(), false, PageRequest.firstPage()).items()).containsExactly(older);
        assertThat(videos.listByOwner(owner.id(), true, PageRequest.firstPage()).items()).extracting(Video::id)
                .containsExactly(hidden.id(), takenDown.id(), older.id());
    }
}
