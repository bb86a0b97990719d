package io.shoppable.testing;

import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.engagement.CounterBatch;
import io.shoppable.domain.engagement.CounterStore;
import io.shoppable.domain.engagement.EngagementRepository;

/**
 * The counter store over the other in-memory fakes: it adds a batch one increment at a time through
 * their ports, which is slow but obviously right, and keeps how many batches it applied.
 */
public final class InMemoryCounterStore implements CounterStore {

    private final VideoRepository videos;
    private final CreatorRepository creators;
    private final EngagementRepository engagement;
    private int applied;

    public InMemoryCounterStore(Ports ports) {
        this.videos = ports.videos();
        this.creators = ports.creators();
        this.engagement = ports.engagement();
    }

    @Override
    public synchronized void apply(CounterBatch batch) {
        batch.views().forEach((video, count) -> {
            for (long i = 0; i < count; i++) {
                videos.incrementViews(video);
            }
        });
        batch.shares().forEach((video, count) -> {
            for (long i = 0; i < count; i++) {
                videos.incrementShares(video);
            }
        });
        batch.creatorViews().forEach((owner, count) ->
                creators.findByUser(owner).ifPresent(profile -> creators.addViews(profile.id(), count)));
        batch.events().forEach(engagement::record);
        applied++;
    }

    /** How many batches were written. */
    public synchronized int applied() {
        return applied;
    }
}
