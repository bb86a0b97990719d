package io.shoppable.testing;

/**
 * A complete set of in-memory storage ports over one shared store, so that the fakes check the same
 * references and keep the same counters as the database: a like moves the video's count, a follow
 * the followed creator's. The typed fakes can be had by casting the {@link Ports} components, for the
 * few extra operations that have no port method ({@link InMemoryProductCatalog#setActive}).
 */
public final class InMemoryPorts {

    private InMemoryPorts() {
    }

    /** A fresh, empty store with all its ports. */
    public static Ports create() {
        var store = new InMemoryStore();
        var videos = new InMemoryVideoRepository(store);
        var creators = new InMemoryCreatorRepository(store);
        return new Ports(new InMemoryUserRepository(store), new InMemoryCategoryRepository(store), creators,
                new InMemoryProductCatalog(store), videos, new InMemoryEngagementRepository(store, videos),
                new InMemoryCartRepository(store), new InMemoryCommentRepository(store),
                new InMemoryReportRepository(store), new InMemoryFollowRepository(store, creators),
                new InMemoryTransactions(store));
    }
}
