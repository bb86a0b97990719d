package io.shoppable.testing;

import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.engagement.CountedEvent;
import io.shoppable.domain.engagement.CounterBatch;
import io.shoppable.domain.engagement.CounterStore;
import io.shoppable.domain.engagement.EngagementRepository;
import io.shoppable.domain.engagement.InteractionKind;

import java.util.HashSet;
import java.util.Set;

/**
 * The counter store over the other in-memory fakes: it adds a batch one increment at a time through
 * their ports, which is slow but obviously right, and keeps how many batches it applied. Claims live
 * here, so two services over one instance behave as two nodes over one database.
 */
public final class InMemoryCounterStore implements CounterStore {

    private final VideoRepository videos;
    private final CreatorRepository creators;
    private final EngagementRepository engagement;
    private final Set<CountedEvent.Claim> claims = new HashSet<>();
    private int applied;

    public InMemoryCounterStore(Ports ports) {
        this.videos = ports.videos();
        this.creators = ports.creators();
        this.engagement = ports.engagement();
    }

    @Override
    public synchronized long apply(CounterBatch batch) {
        long counted = 0;
        for (var event : batch.events()) {
            var video = videos.findById(event.event().video());
            if (video.isEmpty() || !claims.add(event.claim())) {
                continue;
            }
            if (event.event().kind() == InteractionKind.VIEW) {
                videos.incrementViews(video.get().id());
                creators.findByUser(video.get().owner()).ifPresent(profile -> creators.addViews(profile.id(), 1));
            } else {
                videos.incrementShares(video.get().id());
            }
            engagement.record(event.event());
            counted++;
        }
        applied++;
        return counted;
    }

    /** How many batches were written. */
    public synchronized int applied() {
        return applied;
    }
}
