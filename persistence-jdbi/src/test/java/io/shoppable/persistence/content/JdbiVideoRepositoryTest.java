package io.shoppable.persistence.content;

import java.util.Optional;
import java.util.stream.IntStream;

import io.shoppable.domain.content.NewCarouselItem;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.persistence.JdbiPorts;
import io.shoppable.persistence.StatementCounter;
import io.shoppable.testing.Given;
import io.shoppable.testing.Ports;
import io.shoppable.testing.VideoRepositoryContract;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class JdbiVideoRepositoryTest extends VideoRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }

    @Test
    void a_page_of_videos_loads_with_its_items_and_products_in_two_statements() {
        var ports = JdbiPorts.fresh();
        var given = new Given(ports);
        var seller = given.aUser();
        var ids = IntStream.range(0, 5).mapToObj(i -> {
            var video = given.aVideo().collection().by(seller).alsoSelling(given.aProduct(seller)).create();
            ports.videos().addItem(video.id(), item("images/one.jpg", 1));
            ports.videos().addItem(video.id(), item("images/two.jpg", 0));
            return video.id();
        }).toList();
        var counter = new StatementCounter();
        var videos = new JdbiVideoRepository(counter.jdbi());

        var page = videos.listActive(Optional.empty(), PageRequest.first(10));
        assertThat(counter.takeCount()).isEqualTo(2);
        var found = videos.findAll(ids);
        assertThat(counter.takeCount()).isEqualTo(1);

        assertThat(page.items()).hasSize(5).allSatisfy(video -> {
            assertThat(video.items()).extracting(item -> item.file().value())
                    .containsExactly("images/two.jpg", "images/one.jpg");
            assertThat(video.details().additionalProducts()).hasSize(1);
        });
        assertThat(found.values()).containsExactlyInAnyOrderElementsOf(page.items());
    }

    @Test
    void only_a_collection_takes_carousel_items() {
        var ports = JdbiPorts.fresh();
        Video video = new Given(ports).aVideo().create();

        assertInvalid("items", () -> ports.videos().addItem(video.id(), item("images/one.jpg", 0)));
    }

    private static NewCarouselItem item(String file, int order) {
        return new NewCarouselItem(new MediaRef(file), Optional.empty(), order);
    }
}
