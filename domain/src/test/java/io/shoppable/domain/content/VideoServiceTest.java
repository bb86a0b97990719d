package io.shoppable.domain.content;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.creator.CreatorService;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.User;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.InMemoryProductCatalog;
import io.shoppable.testing.MutableClock;
import io.shoppable.testing.Ports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertForbidden;
import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoServiceTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final MutableClock clock = MutableClock.atT0();
    private final VideoService service = new VideoService(ports.videos(), ports.categories(), ports.products(),
            new CreatorService(ports.creators(), ports.tx(), clock), ports.creators(), ports.tx(), clock);

    private final User alice = given.aUser("alice");
    private final ProductRef hat = given.aProduct(alice);
    private final ProductRef scarf = given.aProduct(alice);
    private final CategoryId fashion = given.aCategory("Fashion").id();

    private static VideoDetails details(CategoryId category, ProductId product, ProductId... additional) {
        return new VideoDetails(new Title("Summer hats"), "Three hats", Tags.fromUser(List.of("summer")), category,
                product, List.of(additional));
    }

    private static VideoUpload upload(VideoDetails details) {
        return new VideoUpload(new Media.OfVideo(new MediaRef("videos/abc.mp4")), Optional.empty(), details);
    }

    private void withdraw(ProductRef product) {
        ((InMemoryProductCatalog) ports.products()).setActive(product.id(), false);
    }

    @Test
    void an_upload_stores_an_active_video_owned_by_the_uploader_at_the_current_time() {
        clock.advance(Duration.ofHours(1));
        var details = details(fashion, hat.id(), scarf.id());

        var video = service.upload(Given.asMember(alice), upload(details));

        assertThat(video.owner()).isEqualTo(alice.id());
        assertThat(video.details()).isEqualTo(details);
        assertThat(video.active()).isTrue();
        assertThat(video.createdAt()).isEqualTo(MutableClock.T0.plus(Duration.ofHours(1)));
        assertThat(service.require(video.id())).isEqualTo(video);
    }

    @Test
    void a_first_upload_creates_the_creator_profile_with_one_post() {
        service.upload(Given.asMember(alice), upload(details(fashion, hat.id())));

        var profile = ports.creators().findByUser(alice.id()).orElseThrow();
        assertThat(profile.handle().value()).isEqualTo("alice");
        assertThat(profile.postsCount()).isEqualTo(1);
    }

    @Test
    void later_uploads_count_onto_the_existing_profile() {
        var existing = given.aCreator(alice);

        service.upload(Given.asMember(alice), upload(details(fashion, hat.id())));
        service.upload(Given.asMember(alice), upload(details(fashion, scarf.id())));

        assertThat(ports.creators().findById(existing.id()).orElseThrow().postsCount()).isEqualTo(2);
    }

    @Test
    void an_unknown_or_withdrawn_primary_product_is_invalid_on_product_id() {
        withdraw(hat);

        assertInvalid("product_id", () -> service.upload(Given.asMember(alice), upload(details(fashion, hat.id()))));
        assertInvalid("product_id", () -> service.upload(Given.asMember(alice),
                upload(details(fashion, new ProductId(999)))));
    }

    @Test
    void an_unknown_or_withdrawn_additional_product_is_invalid_on_additional_product_ids() {
        withdraw(scarf);

        assertInvalid("additional_product_ids", () -> service.upload(Given.asMember(alice),
                upload(details(fashion, hat.id(), scarf.id()))));
        assertInvalid("additional_product_ids", () -> service.upload(Given.asMember(alice),
                upload(details(fashion, hat.id(), new ProductId(999)))));
    }

    @Test
    void an_unknown_or_inactive_category_is_invalid_on_category() {
        var hidden = given.anInactiveCategory().id();

        assertInvalid("category", () -> service.upload(Given.asMember(alice), upload(details(hidden, hat.id()))));
        assertInvalid("category", () -> service.upload(Given.asMember(alice),
                upload(details(new CategoryId(999), hat.id()))));
    }

    @Test
    void every_bad_field_is_named_at_once_and_nothing_is_kept() {
        var bad = details(new CategoryId(999), new ProductId(998), new ProductId(997));

        assertThatThrownBy(() -> service.upload(Given.asMember(alice), upload(bad)))
                .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.fields())
                        .containsOnlyKeys("product_id", "additional_product_ids", "category"));
        assertThat(ports.creators().findByUser(alice.id())).isEmpty();
        assertThat(service.listActive(Optional.empty(), PageRequest.firstPage()).total()).isZero();
    }

    @Test
    void require_finds_a_video_in_any_state() {
        var hidden = given.aVideo().inactive().create();

        assertThat(service.require(hidden.id())).isEqualTo(hidden);
        assertNotFound(() -> service.require(new VideoId(999)));
    }

    @Test
    void an_active_video_in_an_active_category_is_visible_to_anyone() {
        var video = given.aVideo().create();

        assertThat(service.requireVisible(Given.anonymous(), video.id())).isEqualTo(video);
        assertThat(service.requireVisible(Given.asMember(given.aUser()), video.id())).isEqualTo(video);
    }

    @Test
    void a_taken_down_video_is_not_found_except_by_its_owner_and_admins() {
        var video = given.aVideo().by(alice).inactive().create();

        assertNotFound(() -> service.requireVisible(Given.anonymous(), video.id()));
        assertNotFound(() -> service.requireVisible(Given.asMember(given.aUser()), video.id()));
        assertThat(service.requireVisible(Given.asMember(alice), video.id())).isEqualTo(video);
        assertThat(service.requireVisible(Given.asMember(given.anAdmin()), video.id())).isEqualTo(video);
    }

    @Test
    void a_video_in_an_inactive_category_is_not_found_except_by_its_owner_and_admins() {
        var video = given.aVideo().by(alice).in(given.anInactiveCategory()).create();

        assertNotFound(() -> service.requireVisible(Given.anonymous(), video.id()));
        assertThat(service.requireVisible(Given.asMember(alice), video.id())).isEqualTo(video);
        assertThat(service.requireVisible(Given.asMember(given.anAdmin()), video.id())).isEqualTo(video);
    }

    @Test
    void an_unknown_video_is_not_visible() {
        assertNotFound(() -> service.requireVisible(Given.asMember(given.anAdmin()), new VideoId(999)));
    }

    @Test
    void the_owner_adds_items_to_a_collection() {
        var collection = given.aVideo().by(alice).collection().create();
        var newItem = new NewCarouselItem(new MediaRef("images/one.jpg"), Optional.empty(), 1);

        var item = service.addItem(Given.asMember(alice), collection.id(), newItem);

        assertThat(item.file()).isEqualTo(new MediaRef("images/one.jpg"));
        assertThat(service.require(collection.id()).items()).containsExactly(item);
    }

    @Test
    void nobody_but_the_owner_adds_items_not_even_an_admin() {
        var collection = given.aVideo().by(alice).collection().create();
        var newItem = new NewCarouselItem(new MediaRef("images/one.jpg"), Optional.empty(), 1);

        assertForbidden(() -> service.addItem(Given.asMember(given.aUser()), collection.id(), newItem));
        assertForbidden(() -> service.addItem(Given.asMember(given.anAdmin()), collection.id(), newItem));
        assertForbidden(() -> service.addItem(Given.anonymous(), collection.id(), newItem));
    }

    @Test
    void items_can_only_be_added_to_a_collection() {
        var single = given.aVideo().by(alice).image().create();
        var newItem = new NewCarouselItem(new MediaRef("images/one.jpg"), Optional.empty(), 1);

        assertInvalid("content_type", () -> service.addItem(Given.asMember(alice), single.id(), newItem));
    }

    @Test
    void adding_an_item_to_an_unknown_video_is_not_found() {
        var newItem = new NewCarouselItem(new MediaRef("images/one.jpg"), Optional.empty(), 1);

        assertNotFound(() -> service.addItem(Given.asMember(alice), new VideoId(999), newItem));
    }

    @Test
    void the_owner_or_an_admin_updates_the_details() {
        var video = given.aVideo().by(alice).selling(hat).create();
        var changed = details(fashion, scarf.id(), hat.id());

        assertThat(service.update(Given.asMember(alice), video.id(), changed).details()).isEqualTo(changed);
        var again = details(fashion, hat.id());
        assertThat(service.update(Given.asMember(given.anAdmin()), video.id(), again).details()).isEqualTo(again);
    }

    @Test
    void others_may_not_update_a_video() {
        var video = given.aVideo().by(alice).selling(hat).create();
        var changed = details(fashion, scarf.id());

        assertForbidden(() -> service.update(Given.asMember(given.aUser()), video.id(), changed));
        assertForbidden(() -> service.update(Given.anonymous(), video.id(), changed));
        assertThat(service.require(video.id()).details()).isEqualTo(video.details());
    }

    @Test
    void an_update_must_name_active_products_and_an_active_category() {
        var video = given.aVideo().by(alice).selling(hat).create();
        withdraw(scarf);

        assertInvalid("product_id", () -> service.update(Given.asMember(alice), video.id(),
                details(fashion, scarf.id())));
        assertInvalid("category", () -> service.update(Given.asMember(alice), video.id(),
                details(given.anInactiveCategory().id(), hat.id())));
    }

    @Test
    void updating_an_unknown_video_is_not_found() {
        assertNotFound(() -> service.update(Given.asMember(alice), new VideoId(999), details(fashion, hat.id())));
    }

    @Test
    void the_owner_deletes_a_video_and_loses_a_post() {
        var video = service.upload(Given.asMember(alice), upload(details(fashion, hat.id())));
        service.upload(Given.asMember(alice), upload(details(fashion, scarf.id())));

        service.delete(Given.asMember(alice), video.id());

        assertNotFound(() -> service.require(video.id()));
        assertThat(ports.creators().findByUser(alice.id()).orElseThrow().postsCount()).isEqualTo(1);
    }

    @Test
    void an_admin_deletes_any_video() {
        var video = service.upload(Given.asMember(alice), upload(details(fashion, hat.id())));

        service.delete(Given.asMember(given.anAdmin()), video.id());

        assertNotFound(() -> service.require(video.id()));
        assertThat(ports.creators().findByUser(alice.id()).orElseThrow().postsCount()).isZero();
    }

    @Test
    void a_video_whose_owner_has_no_profile_can_still_be_deleted() {
        var video = given.aVideo().by(alice).create();

        service.delete(Given.asMember(alice), video.id());

        assertNotFound(() -> service.require(video.id()));
    }

    @Test
    void others_may_not_delete_a_video() {
        var video = given.aVideo().by(alice).create();

        assertForbidden(() -> service.delete(Given.asMember(given.aUser()), video.id()));
        assertForbidden(() -> service.delete(Given.anonymous(), video.id()));
        assertThat(service.require(video.id())).isEqualTo(video);
    }

    @Test
    void deleting_an_unknown_video_is_not_found() {
        assertNotFound(() -> service.delete(Given.asMember(given.anAdmin()), new VideoId(999)));
    }

    @Test
    void list_active_shows_visible_videos_newest_first_optionally_in_one_category() {
        var category = given.aCategory();
        var older = given.aVideo().in(category).at(MutableClock.T0).create();
        var newer = given.aVideo().at(MutableClock.T0.plusSeconds(1)).create();
        var newest = given.aVideo().in(category).at(MutableClock.T0.plusSeconds(2)).create();
        given.aVideo().in(category).inactive().create();

        assertThat(service.listActive(Optional.empty(), PageRequest.firstPage()).items())
                .containsExactly(newest, newer, older);
        assertThat(service.listActive(Optional.of(category.id()), PageRequest.firstPage()).items())
                .containsExactly(newest, older);
    }

    @Test
    void a_video_hidden_by_moderation_is_visible_only_to_its_owner_and_admins() {
        var video = given.aVideo().by(alice).create();
        ports.videos().setHidden(video.id(), true);

        assertNotFound(() -> service.requireVisible(Given.anonymous(), video.id()));
        assertNotFound(() -> service.requireVisible(Given.asMember(given.aUser()), video.id()));
        assertThat(service.requireVisible(Given.asMember(alice), video.id())).isEqualTo(video);
        assertThat(service.requireVisible(Given.asMember(given.anAdmin()), video.id())).isEqualTo(video);
    }

    @Test
    void the_owner_lists_all_their_videos_and_others_only_the_listable_ones() {
        var shown = given.aVideo().by(alice).at(MutableClock.T0).create();
        var takenDown = given.aVideo().by(alice).at(MutableClock.T0.plusSeconds(1)).inactive().create();

        assertThat(service.listByOwner(Given.asMember(alice), alice.id(), PageRequest.firstPage()).items())
                .containsExactly(takenDown, shown);
        assertThat(service.listByOwner(Given.anonymous(), alice.id(), PageRequest.firstPage()).items())
                .containsExactly(shown);
    }
}
