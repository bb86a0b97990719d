package io.shoppable.testing;

import io.shoppable.domain.content.NewCarouselItem;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.engagement.CardBodies;
import io.shoppable.domain.engagement.VideoCard;
import io.shoppable.domain.shared.MediaRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link CardBodies} promises: the card the stored video, category, products and creator make. */
public abstract class CardBodiesContract {

    private Ports ports;
    private CardBodies bodies;
    private Given given;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    /** The card bodies over {@code ports}' store. */
    protected abstract CardBodies bodies(Ports ports);

    @BeforeEach
    void setUpCardBodiesContract() {
        ports = ports();
        bodies = bodies(ports);
        given = new Given(ports);
    }

    @Test
    public void a_card_shows_the_video_its_category_its_products_in_display_order_and_its_creator() {
        var seller = given.aUser();
        var creator = given.aCreator(seller);
        var category = given.aCategory("Fashion");
        var hat = given.aProduct(seller);
        var scarf = given.aProduct(seller);
        var belt = given.aProduct(seller);
        var video = given.aVideo().by(seller).in(category).selling(hat).alsoSelling(scarf, belt).collection()
                .create();
        ports.videos().addItem(video.id(), new NewCarouselItem(new MediaRef("images/two.jpg"), Optional.empty(), 1));
        ports.videos().addItem(video.id(), new NewCarouselItem(new MediaRef("images/one.jpg"), Optional.empty(), 0));
        var stored = ports.videos().findById(video.id()).orElseThrow();

        var cards = bodies.of(List.of(video.id()));

        assertThat(cards).containsOnlyKeys(video.id());
        assertThat(cards.get(video.id())).isEqualTo(new VideoCard(stored, category, Optional.of(hat),
                List.of(scarf, belt), Optional.of(creator), false, false));
    }

    @Test
    public void an_owner_without_a_creator_profile_gives_a_card_without_creator() {
        var video = given.aVideo().create();

        assertThat(bodies.of(List.of(video.id())).get(video.id()).creator()).isEmpty();
    }

    @Test
    public void every_known_video_has_its_card_whatever_its_visibility_and_unknown_ones_are_left_out() {
        var seller = given.aUser();
        var first = given.aVideo().by(seller).create();
        var inactive = given.aVideo().by(seller).inactive().create();
        var hidden = given.aVideo().by(seller).create();
        ports.videos().setHidden(hidden.id(), true);
        var secondProduct = given.aProduct(seller);
        var other = given.aVideo().in(given.anInactiveCategory()).alsoSelling(secondProduct).create();

        var cards = bodies.of(List.of(first.id(), inactive.id(), hidden.id(), other.id(), new VideoId(999_999)));

        assertThat(cards).containsOnlyKeys(first.id(), inactive.id(), hidden.id(), other.id());
        assertThat(cards.get(other.id()).category().active()).isFalse();
        assertThat(cards.get(other.id()).additionalProducts()).containsExactly(secondProduct);
        assertThat(cards.get(first.id()).additionalProducts()).isEmpty();
    }

    @Test
    public void no_videos_give_no_cards() {
        assertThat(bodies.of(List.of())).isEmpty();
    }
}
