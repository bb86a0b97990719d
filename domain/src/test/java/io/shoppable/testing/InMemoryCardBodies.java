package io.shoppable.testing;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.engagement.CardBodies;
import io.shoppable.domain.engagement.ProductsFromCatalog;
import io.shoppable.domain.engagement.VideoCard;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Card bodies assembled from a set of {@link Ports}, products through {@link ProductsFromCatalog}. */
public final class InMemoryCardBodies implements CardBodies {

    private final CardBodies cards;

    public InMemoryCardBodies(Ports ports) {
        this.cards = new ProductsFromCatalog(videos -> withoutProducts(ports, videos), ports.products());
    }

    @Override
    public Map<VideoId, VideoCard> of(Collection<VideoId> videos) {
        return cards.of(videos);
    }

    private static Map<VideoId, VideoCard> withoutProducts(Ports ports, Collection<VideoId> videos) {
        var cards = new HashMap<VideoId, VideoCard>();
        ports.videos().findAll(videos).forEach((id, video) -> cards.put(id, new VideoCard(video,
                ports.categories().findById(video.details().category()).orElseThrow(), Optional.empty(), List.of(),
                ports.creators().findByUser(video.owner()), false, false)));
        return cards;
    }
}
